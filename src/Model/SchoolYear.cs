using System.Globalization;

namespace Site.Model;

/// <summary>A Swedish school year (läsår) such as 2024/25, identified by the calendar year it starts in.</summary>
public readonly record struct SchoolYear(int StartYear) : IComparable<SchoolYear>
{
    // Every table row, chart point and CSV row asks for a label (1.9 million times in the national benchmark's build,
    // 0.17 CPU-s to format them), so the labels of the years TryParse takes (1900-2099) are made once.
    private static readonly string[] Labels = Enumerable.Range(1900, 200).Select(Format).ToArray();

    public string Label =>
        (uint)(StartYear - 1900) < (uint)Labels.Length ? Labels[StartYear - 1900] : Format(StartYear);

    public int CompareTo(SchoolYear other) => StartYear.CompareTo(other.StartYear);

    public override string ToString() => Label;

    /// <summary>Reads <c>2024/25</c> (a start year in 1900-2099); the second part must be the year after the
    /// first.</summary>
    /// <remarks>Read by hand: a regular expression's match, groups and substrings were allocated for every row
    /// read.</remarks>
    public static SchoolYear? TryParse(string text)
    {
        var year = text.AsSpan().Trim();
        if (year.Length != 7
            || year[4] != '/'
            || !(year.StartsWith("19", StringComparison.Ordinal) || year.StartsWith("20", StringComparison.Ordinal))
            || !AsciiDigits(year[..4])
            || !AsciiDigits(year[5..]))
        {
            return null;
        }

        var start = int.Parse(year[..4], CultureInfo.InvariantCulture);
        var end = int.Parse(year[5..], CultureInfo.InvariantCulture);
        return (start + 1) % 100 == end ? new SchoolYear(start) : null;
    }

    public static bool operator <(SchoolYear a, SchoolYear b) => a.StartYear < b.StartYear;

    public static bool operator >(SchoolYear a, SchoolYear b) => a.StartYear > b.StartYear;

    public static bool operator <=(SchoolYear a, SchoolYear b) => a.StartYear <= b.StartYear;

    public static bool operator >=(SchoolYear a, SchoolYear b) => a.StartYear >= b.StartYear;

    private static string Format(int startYear) =>
        string.Create(CultureInfo.InvariantCulture, $"{startYear}/{(startYear + 1) % 100:00}");

    // A loop, not ContainsAnyExceptInRange: the published build's copy of that generic method boxed its bounds on every
    // call (allocation ticks of System.Char under this method).
    private static bool AsciiDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
