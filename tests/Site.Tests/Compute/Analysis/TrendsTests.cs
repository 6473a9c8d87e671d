using Site.Compute.Analysis;
using Site.Model;

namespace Site.Tests.Compute.Analysis;

public class TrendsTests
{
    private static List<(SchoolYear, decimal?)> Series(string values) =>
        values
            .Split('|')
            .Select((v, i) => (
                new SchoolYear(2020 + i),
                v == "-" ? (decimal?)null : decimal.Parse(v, System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();

    [Theory]
    // values          points slope   SE       low      high     verdict
    // A perfect line: zero residuals.
    [InlineData("1|2|3", 3, "1.000", "0.000", "1.000", "1.000", TrendVerdict.Increasing)]
    [InlineData("3|2|1", 3, "-1.000", "0.000", "-1.000", "-1.000", TrendVerdict.Decreasing)]
    // ȳ = 2, slope 0,5, residuals −0,5 1 −0,5, SSR 1,5: SE = √(1,5/1/2) = 0,866; t(1) = 12,7062: 0,5 ± 11,004 (rounded
    // from the published SE: 12,7062 · 0,866 = 11,0036 …).
    [InlineData("1|3|2", 3, "0.500", "0.866", "-10.504", "11.504", TrendVerdict.NoClearChange)]
    [InlineData("5|5|5|5", 4, "0.000", "0.000", "0.000", "0.000", TrendVerdict.NoClearChange)]
    // x̄ = 2, ȳ = 243,6, Sxx = 10, Sxy = 18: slope 1,8; residuals 0 0,2 −0,6 0,6 −0,2, SSR 0,8: SE = √(0,8/3/10) =
    // 0,163; t(3) = 3,1824: 1,8 ± 0,519 = 1,281 to 2,319.
    [InlineData("240|242|243|246|247", 5, "1.800", "0.163", "1.281", "2.319", TrendVerdict.Increasing)]
    // Sxy = 6: slope 0,6; residuals −0,2 0,2 −0,4 1 −0,6, SSR 1,6: SE = √(1,6/30) = 0,231; with t(3) = 3,1824 the
    // interval is −0,135 to 1,335, so no clear change (a normal 1,96 would give 0,147 to 1,053 and say "increasing").
    [InlineData("0|1|1|3|2", 5, "0.600", "0.231", "-0.135", "1.335", TrendVerdict.NoClearChange)]
    public void Computes_slope_standard_error_interval_and_verdict(
        string values,
        int points,
        string slope,
        string se,
        string low,
        string high,
        TrendVerdict verdict)
    {
        var trend = Trends.Of(Series(values));

        Assert.Equal(points, trend.Points);
        Assert.Equal(Parse(slope), trend.Slope);
        Assert.Equal(Parse(se), trend.StandardError);
        Assert.Equal(Parse(low), trend.SlopeLow);
        Assert.Equal(Parse(high), trend.SlopeHigh);
        Assert.Equal(verdict, trend.Verdict);
    }

    [Theory]
    [InlineData("10|12", 2, "2.000")]      // two years: a slope but no interval, so no verdict
    [InlineData("10|-|14", 2, "2.000")]    // a missing year is left out: (14 − 10) / 2 years
    [InlineData("7", 1, null)]
    public void Too_short_a_series_has_no_interval_and_no_verdict(string values, int points, string? slope)
    {
        var trend = Trends.Of(Series(values));

        Assert.Equal(points, trend.Points);
        Assert.Equal(slope is null ? null : Parse(slope), trend.Slope);
        Assert.Null(trend.SlopeLow);
        Assert.Equal(TrendVerdict.TooFewYears, trend.Verdict);
    }

    private static decimal Parse(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("-10|-8|-6", TrendVerdict.Decreasing)]  // a negative gap moving toward zero narrows
    [InlineData("10|8|6", TrendVerdict.Decreasing)]
    [InlineData("-6|-8|-10", TrendVerdict.Increasing)]  // moving away from zero widens
    [InlineData("6|8|10", TrendVerdict.Increasing)]
    [InlineData("-2|0|2", TrendVerdict.NoClearChange)]  // crosses zero: its size has no direction
    [InlineData("-10|-6|-9", TrendVerdict.NoClearChange)]
    public void A_gap_narrows_when_it_clearly_moves_toward_zero(string values, TrendVerdict expected)
    {
        var series = Series(values);

        Assert.Equal(expected, Trends.GapSize(Trends.Of(series), series.Select(s => s.Item2)));
    }
}
