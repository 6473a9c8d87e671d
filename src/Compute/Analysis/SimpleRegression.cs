namespace Site.Compute.Analysis;

/// <summary>
/// Ordinary least squares of y on one x, shared by the year trends and the associations between two measures: slope,
/// intercept and the slope's standard error (NaN with fewer than three points). Unrounded; callers round once.
/// </summary>
public static class SimpleRegression
{
    public readonly record struct Fit(double Slope, double Intercept, double StandardError, double Correlation);

    public static Fit Of(IReadOnlyList<(double X, double Y)> points)
    {
        var meanX = points.Average(p => p.X);
        var meanY = points.Average(p => p.Y);
        var sxx = points.Sum(p => (p.X - meanX) * (p.X - meanX));
        var slope = points.Sum(p => (p.X - meanX) * (p.Y - meanY)) / sxx;
        var intercept = meanY - slope * meanX;
        if (points.Count < 3)
        {
            return new Fit(slope, intercept, double.NaN, double.NaN);
        }

        var residualSquares = points.Sum(p => Math.Pow(p.Y - (intercept + slope * p.X), 2));
        var standardError = Math.Sqrt(residualSquares / (points.Count - 2) / sxx);
        var syy = points.Sum(p => (p.Y - meanY) * (p.Y - meanY));
        var correlation = syy == 0 ? double.NaN : slope * Math.Sqrt(sxx / syy);
        return new Fit(slope, intercept, standardError, correlation);
    }
}
