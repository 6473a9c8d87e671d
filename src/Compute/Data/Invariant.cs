using System.Globalization;

namespace Site.Compute.Data;

/// <summary>Numbers for files: invariant culture, decimal point, fixed decimals, empty for no value.</summary>
public static class Invariant
{
    public static string Number(decimal? value, int decimals) =>
        value is { } v
            ? Math.Round(v, decimals, MidpointRounding.AwayFromZero)
                .ToString(Texts.FormatStrings.Fixed(decimals), CultureInfo.InvariantCulture)
            : "";

    public static string Integer(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
