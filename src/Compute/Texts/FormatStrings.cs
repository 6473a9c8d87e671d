using System.Globalization;

namespace Site.Compute.Texts;

/// <summary>
/// .NET's standard format strings for a number of decimals ("N1", "F2"), made once. Made per call ("N" + 1), they were
/// a string for every number of every page and table: millions in a national build.
/// </summary>
public static class FormatStrings
{
    private static readonly string[] GroupedFormats = [.. Enumerable.Range(0, 10).Select(d => Make('N', d))];

    private static readonly string[] FixedFormats = [.. Enumerable.Range(0, 10).Select(d => Make('F', d))];

    /// <summary>"N" and the decimals: digits grouped as the culture groups them.</summary>
    public static string Grouped(int decimals) =>
        (uint)decimals < GroupedFormats.Length ? GroupedFormats[decimals] : Make('N', decimals);

    /// <summary>"F" and the decimals: no grouping.</summary>
    public static string Fixed(int decimals) =>
        (uint)decimals < FixedFormats.Length ? FixedFormats[decimals] : Make('F', decimals);

    private static string Make(char kind, int decimals) => kind + decimals.ToString(CultureInfo.InvariantCulture);
}
