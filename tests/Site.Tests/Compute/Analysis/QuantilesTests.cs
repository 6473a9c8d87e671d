using Site.Compute.Analysis;

namespace Site.Tests.Compute.Analysis;

public class QuantilesTests
{
    [Theory]
    [InlineData("1|2|3|4", "0.25", "1.75")]
    [InlineData("1|2|3|4", "0.75", "3.25")]
    [InlineData("1|2|3|4", "0.5", "2.5")]
    [InlineData("5", "0.25", "5")]
    [InlineData("10|20", "0.75", "17.5")]
    [InlineData("1|1|1|2", "0.75", "1.25")]
    public void Interpolates_between_order_statistics(string values, string p, string expected)
    {
        var sorted = values
            .Split('|')
            .Select(v => decimal.Parse(v, System.Globalization.CultureInfo.InvariantCulture))
            .Order()
            .ToList();

        Assert.Equal(
            decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            Quantiles.Of(sorted, decimal.Parse(p, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void A_single_school_has_no_spread()
    {
        var spread = Spread.Of([250m])!;

        Assert.Equal(0m, spread.Range);
        Assert.Equal(0m, spread.InterquartileRange);
        Assert.Null(Spread.Of([]));
    }
}
