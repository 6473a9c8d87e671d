using Site.Compute.Analysis;
using Site.Model;

namespace Site.Tests.Compute.Analysis;

public class TrendsTests
{
    private static List<(SchoolYear, decimal?)> Series(string values) =>
        values.Split('|').Select((v, i) => (new SchoolYear(2020 + i), v == "-" ? (decimal?)null : decimal.Parse(v, System.Globalization.CultureInfo.InvariantCulture))).ToList();

    [Theory]
    // values          points change  slope  verdict
    [InlineData("1|2|3", 3, "1", 1.0, TrendVerdict.Increasing)]          // a perfect line: zero residuals, the interval is the slope itself
    [InlineData("3|2|1", 3, "-1", -1.0, TrendVerdict.Decreasing)]
    [InlineData("1|3|2", 3, "-1", 0.5, TrendVerdict.NoClearChange)]     // s² = 1,5; SE = √(1,5/2) = 0,866; t(1) = 12,71: interval ±11
    [InlineData("5|5|5|5", 4, "0", 0.0, TrendVerdict.NoClearChange)]
    [InlineData("10|12", 2, "2", 2.0, TrendVerdict.NoClearChange)]      // two years: a slope but no interval, so no verdict
    [InlineData("10|-|14", 2, null, 2.0, TrendVerdict.NoClearChange)]   // the missing middle year leaves no previous year to compare with
    [InlineData("7", 1, null, null, TrendVerdict.NoClearChange)]
    [InlineData("240|242|243|246|247", 5, "1", 1.8, TrendVerdict.Increasing)] // slope 1,8; SE 0,173; t(3) 3,18: 1,25 to 2,35
    public void Computes_change_slope_and_verdict(string values, int points, string? change, double? slope, TrendVerdict verdict)
    {
        var trend = Trends.Of(Series(values));

        Assert.Equal(points, trend.Points);
        Assert.Equal(change is null ? null : decimal.Parse(change, System.Globalization.CultureInfo.InvariantCulture), trend.ChangeSincePrevious);
        if (slope is null)
        {
            Assert.Null(trend.Slope);
        }
        else
        {
            Assert.Equal(slope.Value, trend.Slope!.Value, 6);
        }

        Assert.Equal(verdict, trend.Verdict);
    }

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
