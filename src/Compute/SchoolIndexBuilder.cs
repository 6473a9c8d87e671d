using Site.Compute.Views;
using Site.Model;

namespace Site.Compute;

/// <summary>Builds the A–Ö list of schools, reachable without JavaScript from every page.</summary>
public static class SchoolIndexBuilder
{
    public static SchoolIndexView Build(Dataset dataset, FrameView frame)
    {
        var groups = dataset.Schools
            .OrderBy(s => s.Name, SwedishComparer.Instance)
            .GroupBy(s => Initial(s.Name))
            .Select(g => new SchoolIndexGroup(g.Key, g.Select(s => new SchoolIndexEntry(new LinkView(s.Name, Paths.School(s.Code)), s.DistrictName)).ToList()))
            .ToList();
        var meta = new PageMeta(
            Paths.SchoolIndex,
            "Alla skolor A–Ö",
            "Alla skolor A–Ö",
            $"Alla {dataset.Schools.Count} skolenheter i {dataset.Settings.AreaName} med resultat i årskurs 9, i bokstavsordning.",
            [new LinkView(dataset.Settings.AreaName, Paths.City)]);
        return new SchoolIndexView(meta, frame, groups);
    }

    private static string Initial(string name)
    {
        var first = name.TrimStart().FirstOrDefault(char.IsLetterOrDigit);
        return first == default ? "#" : char.IsDigit(first) ? "0–9" : char.ToUpperInvariant(first).ToString();
    }
}
