using Site.Model;

namespace Site.Compute.Analysis;

/// <summary>Every district's spread of school values per school year and measure, over the schools' published numbers.</summary>
public static class AreaSpreads
{
    public static IReadOnlyList<AreaSpread> Compute(Dataset dataset) =>
        dataset.Districts.SelectMany(d =>
        {
            var schools = dataset.SchoolsIn(d).ToList();
            return dataset.Years.SelectMany(y => MeasureInfo.All.Select(m => new AreaSpread(
                d.Slug,
                y,
                m.Measure,
                Spread.Of(schools.Select(s => dataset.ResultOf(s.Code, y, m.Measure)?.Value.Number).OfType<decimal>()))));
        }).ToList();
}
