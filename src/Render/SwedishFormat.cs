using System.Globalization;

namespace Site.Render;

/// <summary>
/// Numbers as Swedish readers write them (299,1; 1 104; −3,2), from a format fixed in code rather than the machine's
/// sv-SE culture data, so that output never changes with the ICU version. Groups use a no-break space so a number never wraps.
/// </summary>
public static class SwedishFormat
{
    private static readonly NumberFormatInfo Info = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = "\u00A0",
        NumberGroupSizes = [3],
        NegativeSign = "\u2212",
    };

    public static string Number(decimal value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Info);

    public static string Integer(int value) => value.ToString("N0", Info);

    public static string Integer(decimal value) => Number(value, 0);
}
