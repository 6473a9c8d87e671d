using Site.Load;
using Site.Model;

namespace Site.Tests.Load;

public class SwedishNumberParserTests
{
    [Theory]
    [InlineData("299,1", "299.1")]
    [InlineData("88", "88")]
    [InlineData("268,0", "268.0")]
    [InlineData("1 104", "1104")]
    [InlineData("1\u00A0104", "1104")]
    [InlineData("12 345 678,5", "12345678.5")]
    [InlineData(" 42 ", "42")]
    [InlineData("-3,5", "-3.5")]
    [InlineData("-1 234,25", "-1234.25")]
    [InlineData("007", "7")]
    public void Reads_swedish_numbers(string text, string expected)
    {
        var value = SwedishNumberParser.ParseCell(text);

        Assert.Equal(ValueStatus.Reported, value!.Value.Status);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value.Value.Number);
    }

    [Theory]
    [InlineData("..", ValueStatus.Suppressed)]
    [InlineData(".", ValueStatus.Missing)]
    [InlineData("~100", ValueStatus.RoundedNear100)]
    [InlineData(" .. ", ValueStatus.Suppressed)]
    public void Markers_are_statuses_never_numbers(string text, ValueStatus expected)
    {
        var value = SwedishNumberParser.ParseCell(text);

        Assert.Equal(expected, value!.Value.Status);
        Assert.Null(value.Value.Number);
    }

    [Theory]
    [InlineData("")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("1e309")]
    [InlineData("12.5")]
    [InlineData("1,2,3")]
    [InlineData("1 10")]
    [InlineData("abc")]
    [InlineData("~99")]
    [InlineData("...")]
    [InlineData("=1+1")]
    [InlineData("1234 567")]
    [InlineData("1 2345")]
    [InlineData("1  234")]
    [InlineData("1 234 ,5")]
    [InlineData("-")]
    [InlineData("+5")]
    [InlineData(",5")]
    [InlineData("5,")]
    [InlineData("5,5 0")]
    [InlineData("٥")]
    [InlineData("12345678901234567890123456789012345678901234567890")]
    public void Rejects_anything_else(string text) => Assert.Null(SwedishNumberParser.ParseCell(text));
}
