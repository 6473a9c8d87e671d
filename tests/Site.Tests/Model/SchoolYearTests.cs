using Site.Model;

namespace Site.Tests.Model;

public class SchoolYearTests
{
    [Theory]
    [InlineData(2024, "2024/25")]
    [InlineData(2010, "2010/11")]
    [InlineData(1999, "1999/00")]
    [InlineData(1900, "1900/01")]
    [InlineData(2099, "2099/00")]
    [InlineData(1899, "1899/00")] // outside the years TryParse takes, so not among the labels made once
    [InlineData(2100, "2100/01")]
    public void Label_is_the_start_year_and_the_next_years_last_two_digits(int start, string label)
    {
        Assert.Equal(label, new SchoolYear(start).Label);
        Assert.Equal(label, new SchoolYear(start).ToString());
    }

    [Theory]
    [InlineData("2024/25", 2024)]
    [InlineData(" 1999/00 ", 1999)]
    public void TryParse_reads_what_Label_writes(string text, int start)
    {
        Assert.Equal(new SchoolYear(start), SchoolYear.TryParse(text));
        Assert.Equal(text.Trim(), SchoolYear.TryParse(text)!.Value.Label);
    }

    [Theory]
    [InlineData("2024/26")]
    [InlineData("2024-25")]
    [InlineData("1899/00")]
    [InlineData("2100/01")]
    [InlineData("2024/2025")]
    [InlineData("224/25")]
    [InlineData("2O24/25")]
    [InlineData("2024/٢٥")]
    [InlineData("")]
    public void TryParse_refuses_what_is_not_a_school_year(string text) => Assert.Null(SchoolYear.TryParse(text));
}
