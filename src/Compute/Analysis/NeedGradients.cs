using Site.Model;

namespace Site.Compute.Analysis;

/// <summary>Every school year's and measure's need gradient, over the schools with both a need index and a published
/// number.</summary>
public static class NeedGradients
{
    public static IReadOnlyList<NeedGradient> Compute(Dataset dataset)
    {
        var indexed = dataset.Schools
            .Select(s => (s.Code, Index: NeedIndex.Of(dataset.BackgroundOf(s.Code))))
            .Where(s => s.Index is not null)
            .ToList();
        var result = new List<NeedGradient>();
        foreach (var year in dataset.Years)
        {
            foreach (var info in MeasureInfo.All)
            {
                var points = indexed
                    .Select(s => (s.Index, Value: dataset.ResultOf(s.Code, year, info.Measure)?.Value.Number))
                    .Where(p => p.Value is not null)
                    .Select(p => (Index: p.Index!.Value, Value: p.Value!.Value))
                    .ToList();
                if (points.Count < ExpectedVsActual.MinimumSchools
                    || LeastSquares.Fit(
                        points
                            .Select(p => ((IReadOnlyList<double>)[(double)p.Index], (double)p.Value))
                            .ToList()) is not { } fit)
                {
                    continue;
                }

                result.Add(new NeedGradient(
                    Year: year,
                    Measure: info.Measure,
                    Schools: points.Count,
                    Intercept: Math.Round(
                        (decimal)fit.Coefficients[0],
                        NeedGradient.Decimals,
                        MidpointRounding.AwayFromZero),
                    Slope: Math.Round(
                        (decimal)fit.Coefficients[1],
                        NeedGradient.Decimals,
                        MidpointRounding.AwayFromZero),
                    LowIndex: points.Min(p => p.Index),
                    HighIndex: points.Max(p => p.Index)));
            }
        }

        return result;
    }
}
