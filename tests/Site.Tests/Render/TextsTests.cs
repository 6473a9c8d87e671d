using Site.Compute.Texts;

namespace Site.Tests.Render;

public class TextsTests
{
    [Theory]
    [InlineData(Language.Swedish, "299.1", 1, "299,1")]
    [InlineData(Language.Swedish, "268", 1, "268,0")]
    [InlineData(Language.Swedish, "1104", 0, "1\u00A0104")]
    [InlineData(Language.Swedish, "-3.25", 1, "\u22123,3")]
    [InlineData(Language.Swedish, "0.05", 1, "0,1")]
    [InlineData(Language.Swedish, "12345.678", 2, "12\u00A0345,68")]
    [InlineData(Language.English, "299.1", 1, "299.1")]
    [InlineData(Language.English, "1104", 0, "1,104")]
    [InlineData(Language.English, "-3.25", 1, "\u22123.3")]
    public void Formats_numbers_for_each_language(Language language, string value, int decimals, string expected)
    {
        var t = language == Language.Swedish ? Texts.Swedish : Texts.English;

        Assert.Equal(
            expected,
            t.Number(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), decimals));
    }

    [Theory]
    [InlineData("12.34", "+12,3")]
    [InlineData("-12.34", "\u221212,3")]
    [InlineData("0", "0,0")]
    public void Signs_differences(string value, string expected) =>
        Assert.Equal(
            expected,
            Texts.Swedish.Signed(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Every_marker_is_explained_in_both_languages()
    {
        foreach (var t in Texts.All)
        {
            Assert.All(
                new[] { "..", ".", "~100" },
                m => Assert.False(string.IsNullOrWhiteSpace(t.MarkerExplanation(m))));
        }

        Assert.Equal("fewer than 10 pupils – not published", Texts.English.MarkerExplanation(".."));
    }

    [Fact]
    public void Pick_formats_only_the_language_picked_and_the_text_is_the_interpolated_strings()
    {
        var formatted = new List<string>();
        string Seen(string text)
        {
            formatted.Add(text);
            return text;
        }

        var merit = 245.25m;
        var swedish = Texts.Swedish.Pick(
            $"Meritvärde {merit:0.0} i {Seen("Rinkeby")}", $"Merit {merit} in {Seen("Kista")}");
        var english = Texts.English.Pick(
            $"Meritvärde {Seen("Spånga")}", $"Merit {merit,8:0.00}|{Seen("Tensta")}");
        var mixed = (
            Texts.Swedish.Pick("konstant", $"{Seen("never")}"),
            Texts.English.Pick($"{Seen("nor")}", "constant"));

        // Formatted by the invariant culture, as the interpolated string itself is (the build's culture).
        Assert.Equal("Meritvärde 245.3 i Rinkeby", swedish);
        Assert.Equal("Merit   245.25|Tensta", english);
        Assert.Equal(("konstant", "constant"), mixed);
        Assert.Equal(["Rinkeby", "Tensta"], formatted);
    }
}
