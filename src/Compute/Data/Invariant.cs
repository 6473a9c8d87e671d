using System.Globalization;

namespace Site.Compute.Data;

/// <summary>Numbers for files: invariant culture, decimal point, fixed decimals, empty for no value.</summary>
public static class Invariant
{
    // The texts of 0.0-400.0 by tenths and of 0-999, made once, when the type is first used, as the format strings
    // are: the tables of a national build hold about a million such numbers (merit values, percentages, pupils), and
    // formatted one by one they were ~35 MB of a changed cell's garbage and its slowest cells to write.
    private const int MostTenths = 4000;
    private const int MostInteger = 999;

    private static readonly string[] Tenths =
        [.. Enumerable.Range(0, MostTenths + 1).Select(i => (i / 10m).ToString("F1", CultureInfo.InvariantCulture))];

    private static readonly string[] Integers =
        [.. Enumerable.Range(0, MostInteger + 1).Select(i => i.ToString(CultureInfo.InvariantCulture))];

    public static string Number(decimal? value, int decimals)
    {
        if (value is not { } v)
        {
            return "";
        }

        var rounded = Math.Round(v, decimals, MidpointRounding.AwayFromZero);
        return decimals == 1 && rounded >= 0 && rounded <= MostTenths / 10
            ? Tenths[(int)(rounded * 10)]
            : rounded.ToString(Texts.FormatStrings.Fixed(decimals), CultureInfo.InvariantCulture);
    }

    public static string Integer(int? value) => value switch
    {
        null => "",
        >= 0 and <= MostInteger => Integers[value.Value],
        _ => value.Value.ToString(CultureInfo.InvariantCulture),
    };
}
