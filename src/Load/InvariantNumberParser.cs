using System.Globalization;

namespace Site.Load;

/// <summary>Reads numbers in our RFC 4180 files: digits with an optional decimal point, nothing else (no exponent,
/// grouping, NaN or infinity).</summary>
public static class InvariantNumberParser
{
    public static decimal? Parse(string raw, bool allowNegative = false)
    {
        var digits = allowNegative && raw.StartsWith('-') ? raw[1..] : raw;
        if (digits.Length is 0 or > 40
            || !char.IsAsciiDigit(digits[^1])
            || !char.IsAsciiDigit(digits[0])
            || !digits.All(c => char.IsAsciiDigit(c) || c == '.')
            || digits.Count(c => c == '.') > 1)
        {
            return null;
        }

        return decimal.TryParse(
            raw,
            NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture,
            out var value)
            ? value
            : null;
    }
}
