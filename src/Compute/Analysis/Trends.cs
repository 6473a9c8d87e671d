using Site.Model;

namespace Site.Compute.Analysis;

/// <summary>Pure trend functions over a series of (school year, value); years without a value are left out.</summary>
public static class Trends
{
    public static Trend Of(IReadOnlyList<(SchoolYear Year, decimal? Value)> series)
    {
        var points = series.Where(p => p.Value is not null).OrderBy(p => p.Year).Select(p => (X: (double)p.Year.StartYear, Y: (double)p.Value!.Value)).ToList();
        decimal? change = null;
        var ordered = series.OrderBy(p => p.Year).ToList();
        if (ordered.Count >= 2 && ordered[^1].Value is { } last && ordered[^2].Value is { } previous && ordered[^1].Year.StartYear == ordered[^2].Year.StartYear + 1)
        {
            change = last - previous;
        }

        if (points.Count < 2)
        {
            return new Trend(points.Count, change, null, null, null, TrendVerdict.NoClearChange);
        }

        var meanX = points.Average(p => p.X);
        var meanY = points.Average(p => p.Y);
        var sxx = points.Sum(p => (p.X - meanX) * (p.X - meanX));
        var slope = points.Sum(p => (p.X - meanX) * (p.Y - meanY)) / sxx;
        if (points.Count < 3)
        {
            return new Trend(points.Count, change, slope, null, null, TrendVerdict.NoClearChange);
        }

        var intercept = meanY - slope * meanX;
        var residualSquares = points.Sum(p => Math.Pow(p.Y - (intercept + slope * p.X), 2));
        var standardError = Math.Sqrt(residualSquares / (points.Count - 2) / sxx);
        var margin = StudentT.Critical95(points.Count - 2) * standardError;
        var (low, high) = (slope - margin, slope + margin);
        var verdict = low > 0 ? TrendVerdict.Increasing : high < 0 ? TrendVerdict.Decreasing : TrendVerdict.NoClearChange;
        return new Trend(points.Count, change, slope, low, high, verdict);
    }

    /// <summary>
    /// For a gap, what matters is its size: it narrows when it clearly moves toward zero (a negative gap that increases,
    /// or a positive gap that decreases) and widens when it clearly moves away.
    /// </summary>
    public static TrendVerdict GapSize(Trend trend, IEnumerable<decimal?> gaps)
    {
        var values = gaps.OfType<decimal>().ToList();
        if (trend.Verdict == TrendVerdict.NoClearChange || values.Count == 0 || values.Average() == 0)
        {
            return TrendVerdict.NoClearChange;
        }

        var towardZero = values.Average() < 0 ? trend.Verdict == TrendVerdict.Increasing : trend.Verdict == TrendVerdict.Decreasing;
        return towardZero ? TrendVerdict.Decreasing : TrendVerdict.Increasing;
    }
}
