using Site.Load;

namespace Site.Tests.Load;

public class InvariantNumberParserTests
{
    [Theory]
    [InlineData("245.9", false, "245.9")]
    [InlineData("84.0", false, "84.0")]
    [InlineData("12450", false, "12450")]
    [InlineData("-3.5", true, "-3.5")]
    [InlineData("-3.5", false, null)]
    [InlineData("1e5", false, null)]
    [InlineData("NaN", false, null)]
    [InlineData("Infinity", false, null)]
    [InlineData("1,5", false, null)]
    [InlineData(".5", false, null)]
    [InlineData("5.", false, null)]
    [InlineData("1.2.3", false, null)]
    [InlineData(" 5", false, null)]
    [InlineData("", false, null)]
    [InlineData("+5", false, null)]
    [InlineData("=1+2", true, null)]
    public void Accepts_only_plain_decimals(string raw, bool allowNegative, string? expected) =>
        Assert.Equal(
            expected is null ? null : decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            InvariantNumberParser.Parse(raw, allowNegative));
}
