namespace Site.Compute.Analysis.Staff;

/// <summary>Pure: the line and interval of one association, from the published values of the schools that have
/// both.</summary>
public static class Associations
{
    public static Association Of(string key, Model.SchoolYear year, IReadOnlyList<(decimal X, decimal Y)> points)
    {
        if (points.Count < Association.MinimumPoints || points.All(p => p.X == points[0].X))
        {
            return new Association(
                key,
                year,
                points.Count,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                TrendVerdict.TooFewYears);
        }

        var fit = SimpleRegression.Of(points.Select(p => ((double)p.X, (double)p.Y)).ToList());
        var b = Round(fit.Slope);
        var se = Round(fit.StandardError);
        var t = Math.Round(
            (decimal)StudentT.Critical95(points.Count - 2),
            Trend.TDecimals,
            MidpointRounding.AwayFromZero);
        var low = Math.Round(b - t * se, Association.Decimals, MidpointRounding.AwayFromZero);
        var high = Math.Round(b + t * se, Association.Decimals, MidpointRounding.AwayFromZero);
        var verdict = low > 0
            ? TrendVerdict.Increasing
            : high < 0 ? TrendVerdict.Decreasing : TrendVerdict.NoClearChange;
        decimal? r = double.IsNaN(fit.Correlation) ? null : Round(fit.Correlation);
        return new Association(key, year, points.Count, Round(fit.Intercept), b, se, t, low, high, r, verdict);
    }

    private static decimal Round(double value) =>
        Math.Round((decimal)value, Association.Decimals, MidpointRounding.AwayFromZero);
}
