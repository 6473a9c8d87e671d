using System.Globalization;
using Site.Model;

namespace Site.Load;

/// <summary>Reads Skolverket's cells: a number with decimal comma (and space thousands separator), or a
/// marker.</summary>
/// <remarks>
/// Read by hand, not by a regular expression: every cell of every input passes through here (a third of a million in
/// Stockholm's build), and the generated matcher allocated on each call, 11 MB of Stockholm's load stage.
/// </remarks>
public static class SwedishNumberParser
{
    private const int MaxLength = 40;

    /// <returns>The value, or null when the text is neither a Swedish-format number nor a marker.</returns>
    public static ResultValue? ParseCell(ReadOnlySpan<char> text)
    {
        var trimmed = text.Trim();
        if (ValueStatusCodes.FromMarker(trimmed) is { } status)
        {
            return ResultValue.Marker(status);
        }

        return ParseNumber(trimmed) is { } number ? ResultValue.Reported(number) : null;
    }

    /// <summary>
    /// Strict: an optional minus, digits, an optional comma part; the whole part either plain digits or groups of three
    /// separated by a space or no-break space (the first group one to three digits). No exponents, NaN or infinity.
    /// </summary>
    public static decimal? ParseNumber(string text) => ParseNumber(text.AsSpan());

    /// <inheritdoc cref="ParseNumber(string)"/>
    public static decimal? ParseNumber(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxLength)
        {
            return null;
        }

        // The number as decimal.TryParse reads it: separators dropped, the comma a point.
        Span<char> plain = stackalloc char[MaxLength];
        var length = 0;
        var at = 0;
        if (at < text.Length && text[at] == '-')
        {
            plain[length++] = '-';
            at++;
        }

        var group = 0;
        var grouped = false;
        var digits = 0;
        for (; at < text.Length && text[at] != ','; at++)
        {
            var c = text[at];
            if (char.IsAsciiDigit(c))
            {
                plain[length++] = c;
                group++;
                digits++;
            }
            else if (c is ' ' or '\u00A0' && (grouped ? group == 3 : group is >= 1 and <= 3))
            {
                grouped = true;
                group = 0;
            }
            else
            {
                return null;
            }
        }

        if (digits == 0 || (grouped && group != 3))
        {
            return null;
        }

        if (at < text.Length)
        {
            // The comma part: at least one digit, nothing else.
            plain[length++] = '.';
            at++;
            if (at == text.Length)
            {
                return null;
            }

            for (; at < text.Length; at++)
            {
                if (!char.IsAsciiDigit(text[at]))
                {
                    return null;
                }

                plain[length++] = text[at];
            }
        }

        return decimal.TryParse(
            plain[..length],
            NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture,
            out var value)
            ? value
            : null;
    }
}
