using Site.Model;

namespace Site.Compute.Analysis;

/// <summary>Pure trend functions over a series of (school year, value); years without a value are left out.</summary>
public static class Trends
{
    public static Trend Of(IReadOnlyList<(SchoolYear Year, decimal? Value)> series)
    {
        var points = Points(series);
        SchoolYear? first = points.Count > 0 ? new SchoolYear((int)points[0].X) : null;
        SchoolYear? last = points.Count > 0 ? new SchoolYear((int)points[^1].X) : null;
        if (points.Count < 2)
        {
            return new Trend(points.Count, first, last, null, null, null, null, null, TrendVerdict.TooFewYears);
        }

        var fit = SimpleRegression.Of(points);
        if (points.Count < 3)
        {
            return new Trend(
                points.Count,
                first,
                last,
                Round(fit.Slope, Trend.Decimals),
                null,
                null,
                null,
                null,
                TrendVerdict.TooFewYears);
        }

        var (slope, standardError) = (fit.Slope, fit.StandardError);
        // Rounded once each; the interval from the published figures, so a reader recomputes it to the digit.
        var (b, se, t) = (
            Round(slope, Trend.Decimals),
            Round(standardError, Trend.Decimals),
            Round(StudentT.Critical95(points.Count - 2), Trend.TDecimals));
        var low = Math.Round(b - t * se, Trend.Decimals, MidpointRounding.AwayFromZero);
        var high = Math.Round(b + t * se, Trend.Decimals, MidpointRounding.AwayFromZero);
        var verdict = low > 0
            ? TrendVerdict.Increasing
            : high < 0 ? TrendVerdict.Decreasing : TrendVerdict.NoClearChange;
        return new Trend(points.Count, first, last, b, se, t, low, high, verdict);
    }

    /// <summary>
    /// For a gap, what matters is its size: it narrows when it clearly moves toward zero (a negative gap that
    /// increases, or a positive gap that decreases) and widens when it clearly moves away. The sign is the mean gap's
    /// over the series.
    /// </summary>
    public static TrendVerdict GapSize(Trend trend, IEnumerable<decimal?> gaps)
    {
        var values = gaps.OfType<decimal>().ToList();
        if (trend.Verdict == TrendVerdict.TooFewYears)
        {
            return TrendVerdict.TooFewYears;
        }

        if (trend.Verdict == TrendVerdict.NoClearChange || values.Count == 0 || values.Sum() == 0)
        {
            return TrendVerdict.NoClearChange;
        }

        var towardZero = values.Sum() < 0
            ? trend.Verdict == TrendVerdict.Increasing
            : trend.Verdict == TrendVerdict.Decreasing;
        return towardZero ? TrendVerdict.Decreasing : TrendVerdict.Increasing;
    }

    /// <summary>
    /// The years with a value as points, oldest first (in their given order where years repeat, as a stable sort keeps
    /// them): X the school year's start (its order, and the year it stands for), Y the value; one list, handed to the
    /// fit as it is.
    /// </summary>
    private static List<(double X, double Y)> Points(IReadOnlyList<(SchoolYear Year, decimal? Value)> series)
    {
        var points = new List<(double X, double Y)>(series.Count);
        foreach (var (year, value) in series)
        {
            if (value is { } v)
            {
                points.Add((year.StartYear, (double)v));
            }
        }

        // An insertion sort: stable, and a series almost always comes sorted, so it only checks.
        for (var i = 1; i < points.Count; i++)
        {
            var point = points[i];
            var j = i - 1;
            for (; j >= 0 && points[j].X > point.X; j--)
            {
                points[j + 1] = points[j];
            }

            points[j + 1] = point;
        }

        return points;
    }

    private static decimal Round(double value, int decimals) =>
        Math.Round((decimal)value, decimals, MidpointRounding.AwayFromZero);
}
