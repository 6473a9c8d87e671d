using Site.Model;

namespace Site.Compute.Analysis;

/// <summary>Every district's spread of school values per school year and measure, over the schools' published
/// numbers.</summary>
public static class AreaSpreads
{
    /// <param name="cache">The last analysis: a district whose schools' results are the same keeps its spreads.</param>
    public static IReadOnlyList<AreaSpread> Compute(Dataset dataset, AnalysisCache? cache = null)
    {
        var years = dataset.YearPositions;
        var measures = MeasureInfo.All.Select(m => m.Measure).ToList();
        return dataset.Districts.SelectMany((d, position) =>
        {
            List<AreaSpread> Make()
            {
                // Each school's rows are read once into its district's lists by year and measure, in the order of the
                // district's schools: a look-up per school, year and measure took a national analysis 0.15 s.
                var values = dataset.Years.Select(_ => measures.Select(_ => new List<decimal>()).ToArray()).ToArray();
                foreach (var school in dataset.SchoolsIn(d))
                {
                    foreach (var result in dataset.ResultsOf(school.Code))
                    {
                        if (result.Value.Number is { } number
                            && years.TryGetValue(result.Year, out var y)
                            && measures.IndexOf(result.Measure) is var m and >= 0)
                        {
                            values[y][m].Add(number);
                        }
                    }
                }

                return dataset.Years
                    .SelectMany((year, y) => measures.Select((measure, m) =>
                        new AreaSpread(dataset.AreaOf(d), year, measure, Spread.Of(values[y][m]))))
                    .ToList();
            }

            return cache is null ? Make() : cache.Spreads(d.Slug, position, Make);
        }).ToList();
    }
}
