using Site.Load;

namespace Site.Tests.Load;

/// <summary>
/// A line's fields read one at a time are the fields <c>string.Split(';')</c> gives, empty ones included.
/// </summary>
public class LineFieldsTests
{
    [Theory]
    [InlineData("Rinkebyskolan;37416253;0180;51;43,1;74,5;202,7")]
    [InlineData("")]
    [InlineData(";")]
    [InlineData(";;a;;")]
    [InlineData("no separator")]
    [InlineData(" padded ; .. ;~100;")]
    public void The_fields_are_splits(string line)
    {
        var fields = LineFields.Of(line);

        Assert.Equal(line.Split(';'), fields);
        Assert.Equal(line.Split(';').Length, fields.Count);
        Assert.Equal(line.Split(';'), Enumerable.Range(0, fields.Count).Select(i => fields.Span(i).ToString()));
        Assert.Throws<ArgumentOutOfRangeException>(() => fields[fields.Count]);
        Assert.Throws<ArgumentOutOfRangeException>(() => fields.Span(fields.Count).ToString());
    }

    [Theory]
    [InlineData("", true)]
    [InlineData(" ; ;\t", true)]
    [InlineData(";;.;", false)]
    [InlineData("Rapportbeskrivning;", false)]
    public void A_line_of_separators_and_spaces_is_blank(string line, bool blank)
    {
        Assert.Equal(blank, LineFields.Of(line).AllBlank());
    }

    [Theory]
    [InlineData("Rapportbeskrivning: Slutbetyg;x", true)]
    [InlineData("x;Rapportbeskrivning", false)]
    [InlineData("Rapport", false)]
    public void Only_the_first_field_is_asked_what_it_starts_with(string line, bool starts)
    {
        Assert.Equal(starts, LineFields.Of(line).StartsWith("Rapportbeskrivning"));
    }
}
