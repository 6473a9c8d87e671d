using System.Globalization;
using System.Text.RegularExpressions;
using Site.Model;

namespace Site.Load;

/// <summary>Reads Skolverket's cells: a number with decimal comma (and space thousands separator), or a marker.</summary>
public static partial class SwedishNumberParser
{
    /// <returns>The value, or null when the text is neither a Swedish-format number nor a marker.</returns>
    public static ResultValue? ParseCell(string text)
    {
        var trimmed = text.Trim();
        if (ValueStatusCodes.FromMarker(trimmed) is { } status)
        {
            return ResultValue.Marker(status);
        }

        return ParseNumber(trimmed) is { } number ? ResultValue.Reported(number) : null;
    }

    /// <summary>Strict: digits, an optional comma part, thousands groups separated by a space or no-break space. No exponents, NaN or infinity.</summary>
    public static decimal? ParseNumber(string text)
    {
        if (text.Length > 40 || !Pattern().IsMatch(text))
        {
            return null;
        }

        var normalised = text.Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal).Replace(',', '.');
        return decimal.TryParse(normalised, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
    }

    [GeneratedRegex(@"^-?([0-9]{1,3}([ \u00A0][0-9]{3})+|[0-9]+)(,[0-9]+)?$")]
    private static partial Regex Pattern();
}
