using Site.Render;

namespace Site.Tests.Render;

public class SwedishFormatTests
{
    [Theory]
    [InlineData("299.1", 1, "299,1")]
    [InlineData("268", 1, "268,0")]
    [InlineData("1104", 0, "1\u00A0104")]
    [InlineData("-3.25", 1, "\u22123,3")]
    [InlineData("0.05", 1, "0,1")]
    [InlineData("12345.678", 2, "12\u00A0345,68")]
    public void Formats_numbers_the_swedish_way(string value, int decimals, string expected) =>
        Assert.Equal(expected, SwedishFormat.Number(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), decimals));
}
