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
        // Plain loops in the points' order: the same sums, in the same order, as the LINQ they replaced (so the same
        // bits), without an iterator and a delegate per sum; every school's trends are fitted on every build and save.
        var n = points.Count;
        if (n == 0)
        {
            throw new InvalidOperationException("a regression needs at least one point");
        }

        double sumX = 0, sumY = 0;
        for (var i = 0; i < n; i++)
        {
            sumX += points[i].X;
            sumY += points[i].Y;
        }

        var (meanX, meanY) = (sumX / n, sumY / n);
        double sxx = 0, sxy = 0;
        for (var i = 0; i < n; i++)
        {
            sxx += (points[i].X - meanX) * (points[i].X - meanX);
            sxy += (points[i].X - meanX) * (points[i].Y - meanY);
        }

        var slope = sxy / sxx;
        var intercept = meanY - slope * meanX;
        if (n < 3)
        {
            return new Fit(slope, intercept, double.NaN, double.NaN);
        }

        double residualSquares = 0, syy = 0;
        for (var i = 0; i < n; i++)
        {
            residualSquares += Math.Pow(points[i].Y - (intercept + slope * points[i].X), 2);
            syy += (points[i].Y - meanY) * (points[i].Y - meanY);
        }

        var standardError = Math.Sqrt(residualSquares / (n - 2) / sxx);
        var correlation = syy == 0 ? double.NaN : slope * Math.Sqrt(sxx / syy);
        return new Fit(slope, intercept, standardError, correlation);
    }
}
