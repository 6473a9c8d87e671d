using Site.Model;

namespace Site.Compute.Analysis;

/// <summary>
/// For each school, the schools in the area whose intake is most alike: nearest by the two background shares the need
/// index and the expected values are built from (the need index is their mean's complement, so it adds nothing).
/// Ties are broken by school code, so that the list never depends on the order of the files.
/// </summary>
public static class SimilarSchools
{
    public const int PerSchool = 5;

    public const int Decimals = 1;

    public static IReadOnlyList<SimilarSchool> Compute(Dataset dataset)
    {
        var points = dataset.Schools
            .Select(s => (s.Code, Background: dataset.BackgroundOf(s.Code)))
            .Where(p => p.Background is
            {
                ParentsPostSecondaryPct.Number: not null,
                ForeignBackgroundPct.Number: not null,
            })
            .Select(p => (
                p.Code,
                Parents: p.Background!.ParentsPostSecondaryPct.Number!.Value,
                Foreign: p.Background.ForeignBackgroundPct.Number!.Value))
            .ToList();
        var result = new List<SimilarSchool>();
        foreach (var a in points)
        {
            var nearest = points.Where(b => b.Code != a.Code)
                .Select(b => (b.Code, Distance: Distance(a.Parents - b.Parents, a.Foreign - b.Foreign)))
                .OrderBy(b => b.Distance)
                .ThenBy(b => b.Code, StringComparer.Ordinal)
                .Take(PerSchool);
            result.AddRange(nearest.Select((b, i) => new SimilarSchool(a.Code, i + 1, b.Code, b.Distance)));
        }

        return result.OrderBy(s => s.SchoolCode, StringComparer.Ordinal).ThenBy(s => s.Rank).ToList();
    }

    private static decimal Distance(decimal parents, decimal foreign) =>
        Math.Round(
            (decimal)Math.Sqrt((double)((parents * parents) + (foreign * foreign))),
            Decimals,
            MidpointRounding.AwayFromZero);
}
