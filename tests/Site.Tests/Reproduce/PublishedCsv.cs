using System.Globalization;

namespace Site.Tests.Reproduce;

/// <summary>A published CSV file read as a journalist reads it: rows of named text fields, nothing else.</summary>
public static class PublishedCsv
{
    public static List<Dictionary<string, string>> Read(string output, string file)
    {
        using var reader = new StreamReader(Path.Combine(output, "data", file));
        using var csv = new CsvHelper.CsvReader(reader, CultureInfo.InvariantCulture);
        return csv
            .GetRecords<dynamic>()
            .Select(r => ((IDictionary<string, object>)r).ToDictionary(p => p.Key, p => (string)p.Value))
            .ToList();
    }

    public static decimal? Number(string text) =>
        text.Length == 0 ? null : decimal.Parse(text, CultureInfo.InvariantCulture);

    public static int? Integer(string text) => text.Length == 0 ? null : int.Parse(text, CultureInfo.InvariantCulture);

    /// <summary>As the methodology says: half away from zero, to the file's decimals.</summary>
    public static string Format(decimal? value, int decimals) =>
        value is { } v
            ? Math.Round(v, decimals, MidpointRounding.AwayFromZero)
                .ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
            : "";
}
