using Site.Compute.Data;

namespace Site.Tests.Compute;

/// <summary>Numbers in the data files: rounded half away from zero, a decimal point, the decimals fixed; the texts of
/// tenths up to 400 and integers up to 999 are looked up, the rest formatted, and both read the same.</summary>
public class InvariantTests
{
    [Theory]
    [InlineData("0", 1, "0.0")]
    [InlineData("-0.04", 1, "0.0")]
    [InlineData("12.35", 1, "12.4")]
    [InlineData("12.349", 1, "12.3")]
    [InlineData("245.3", 1, "245.3")]
    [InlineData("100", 1, "100.0")]
    [InlineData("399.95", 1, "400.0")]
    [InlineData("400.04", 1, "400.0")]
    [InlineData("400.05", 1, "400.1")]
    [InlineData("-0.05", 1, "-0.1")]
    [InlineData("-12.35", 1, "-12.4")]
    [InlineData("1.005", 2, "1.01")]
    [InlineData("7", 0, "7")]
    public void A_number_is_rounded_half_away_from_zero_to_its_decimals(string value, int decimals, string text) =>
        Assert.Equal(
            text, Invariant.Number(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), decimals));

    [Fact]
    public void No_number_is_an_empty_cell()
    {
        Assert.Equal("", Invariant.Number(null, 1));
        Assert.Equal("", Invariant.Integer(null));
    }

    [Theory]
    [InlineData(0, "0")]
    [InlineData(37, "37")]
    [InlineData(999, "999")]
    [InlineData(1000, "1000")]
    [InlineData(-3, "-3")]
    public void An_integer_is_its_digits(int value, string text) => Assert.Equal(text, Invariant.Integer(value));
}
