using Site.Compute.Views;
using Site.Model;

namespace Site.Compute;

/// <summary>Builds the A–Ö list of schools, reachable without JavaScript from every page.</summary>
public static class SchoolIndexBuilder
{
    public static SchoolIndexView Build(Dataset dataset, FrameView frame)
    {
        var t = frame.T;
        var groups = dataset.Schools
            .OrderBy(s => s.Name, SwedishComparer.Instance)
            .GroupBy(s => Initial(s.Name))
            .Select(g => new SchoolIndexGroup(
                g.Key,
                g.Select(s => new SchoolIndexEntry(new LinkView(s.Name, Routes.School(t, s.Code)), s.District?.Name)
                {
                    OrganizerCode = Data.Codes.Organizer(s.Organizer),
                    Latest = MeasureInfo.All
                        .Select(m => CellView.From(dataset.ResultOf(s.Code, dataset.Years[^1], m.Measure)?.Value))
                        .ToList(),
                }).ToList()))
            .ToList();
        var meta = new PageMeta(
            Routes.SchoolIndex(t),
            t.Pick("Alla skolor A–Ö", "All schools A–Z"),
            t.Pick("Alla skolor A–Ö", "All schools A–Z"),
            t.Pick(
                $"Alla {dataset.Schools.Count} skolenheter i {dataset.Settings.AreaName} med resultat i årskurs 9, i "
                + $"bokstavsordning.",
                $"All {dataset.Schools.Count} school units in {dataset.Settings.AreaName} with grade 9 results, in "
                + $"alphabetical order."),
            [new LinkView(dataset.Settings.AreaName, Routes.City(t))]);
        return new SchoolIndexView(meta, frame, groups);
    }

    private static string Initial(string name)
    {
        var first = name.TrimStart().FirstOrDefault(char.IsLetterOrDigit);
        return first == default ? "#" : char.IsDigit(first) ? "0–9" : char.ToUpperInvariant(first).ToString();
    }
}
