using Site.Compute.Texts;
using Site.Model;

namespace Site.Tests.Compute;

public class FormatStringsTests
{
    [Fact]
    public void A_number_of_decimals_gives_the_standard_format_made_once()
    {
        Assert.Equal(["N0", "N1", "N2", "N12"], new[] { 0, 1, 2, 12 }.Select(FormatStrings.Grouped));
        Assert.Equal(["F0", "F1", "F2", "F12"], new[] { 0, 1, 2, 12 }.Select(FormatStrings.Fixed));
        Assert.Same(FormatStrings.Grouped(1), FormatStrings.Grouped(1));
    }

    [Theory]
    [InlineData("12345678", true)]
    [InlineData("1234567", false)]
    [InlineData("123456789", false)]
    [InlineData("1234567a", false)]
    [InlineData("1234 678", false)]
    [InlineData("１２３４５６７８", false)]
    public void A_school_code_is_exactly_eight_ascii_digits(string code, bool valid) =>
        Assert.Equal(valid, SchoolCode.IsValid(code));
}
