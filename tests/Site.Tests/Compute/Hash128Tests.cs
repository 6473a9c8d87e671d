using System.Globalization;
using System.IO.Hashing;
using Site.Compute.Analysis;

namespace Site.Tests.Compute;

/// <summary>A Hash128 is XxHash128's 128-bit value: its text is the number's 32 hexadecimal digits, as the stamps
/// wrote a UInt128 before.</summary>
public class Hash128Tests
{
    [Theory]
    [InlineData("")]
    [InlineData("Rinkebyskolan;202,7")]
    public void Its_text_is_the_UInt128_value_in_hexadecimal_and_reads_back(string text)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        var number = XxHash128.HashToUInt128(bytes);

        var hash = Hash128.Of(bytes);

        Assert.Equal(number.ToString("x32", CultureInfo.InvariantCulture), hash.ToString());
        Assert.Equal(hash, Hash128.Parse(hash.ToString()));
    }

    [Theory]
    [InlineData("0123456789abcdef0123456789abcde")]
    [InlineData("0123456789abcdef0123456789abcdefa")]
    [InlineData("0123456789abcdef0123456789abcdeg")]
    [InlineData("-123456789abcdef0123456789abcdef")]
    public void Text_that_is_not_32_hexadecimal_digits_reads_as_none(string text) => Assert.Null(Hash128.Parse(text));
}
