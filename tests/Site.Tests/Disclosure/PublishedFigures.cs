using System.Globalization;

namespace Site.Tests.Disclosure;

/// <summary>Everything numeric a built site publishes in its /data/ files, read the way a reader of the site
/// would.</summary>
public sealed class PublishedFigures
{
    /// <param name="MeanValue">What the cell puts into the site's means (<c>mean_value</c>): its value, or for
    /// <c>~100</c> the centre of the interval its pupil count allows, a published function of that count that says
    /// nothing of the true share.</param>
    public sealed record Cell(
        string Code,
        string District,
        string Organizer,
        string Year,
        string Measure,
        string Status,
        double? Value,
        int? Pupils,
        double? MeanValue = null)
    {
        public bool Hidden => Status is "suppressed" or "rounded_100";
    }

    public required IReadOnlyList<Cell> Cells { get; init; }

    public required IReadOnlyList<IReadOnlyDictionary<string, string>> Aggregates { get; init; }

    public required IReadOnlyList<IReadOnlyDictionary<string, string>> SocioeconomicGaps { get; init; }

    public required IReadOnlyList<IReadOnlyDictionary<string, string>> Expected { get; init; }

    /// <summary>Means over the schools present in two consecutive years (year_changes.csv).</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> YearChanges { get; init; } = [];

    /// <summary>Skolverket's own municipality figures as the site republishes them (official.csv).</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> Official { get; init; } = [];

    public required IReadOnlyDictionary<string, double> NeedIndex { get; init; }

    public static PublishedFigures Read(string output)
    {
        var data = Path.Combine(output, "data");
        var cells = Csv(Path.Combine(data, "school_results.csv")).Select(r => new Cell(
            r["school_code"], r["district"], r["organizer"], r["school_year"], r["measure"], r["status"], Number(
                r["value"]), Number(r["pupils"]) is { } p ? (int)p : null, Number(r["mean_value"]))).ToList();
        var background = File.Exists(Path.Combine(data, "school_background.csv"))
            ? Csv(Path.Combine(data, "school_background.csv"))
            : [];
        return new PublishedFigures
        {
            Cells = cells,
            Aggregates = Csv(Path.Combine(data, "aggregates.csv")),
            SocioeconomicGaps = File.Exists(Path.Combine(data, "socioeconomic_gap.csv"))
                ? Csv(Path.Combine(data, "socioeconomic_gap.csv"))
                : [],
            Expected = File.Exists(Path.Combine(data, "expected.csv")) ? Csv(Path.Combine(data, "expected.csv")) : [],
            YearChanges = File.Exists(Path.Combine(data, "year_changes.csv"))
                ? Csv(Path.Combine(data, "year_changes.csv"))
                : [],
            Official = File.Exists(Path.Combine(data, "official.csv")) ? Csv(Path.Combine(data, "official.csv")) : [],
            NeedIndex = background
                .Where(r => r["need_index"].Length > 0)
                .ToDictionary(r => r["school_code"], r => Number(r["need_index"])!.Value, StringComparer.Ordinal),
        };
    }

    public static double? Number(string text) =>
        text.Length == 0 ? null : double.Parse(text, CultureInfo.InvariantCulture);

    /// <summary>Half the last published digit: what rounding to the file's decimals can hide.</summary>
    public static double HalfUnit(string text)
    {
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        return 0.5 * Math.Pow(10, dot < 0 ? 0 : -(text.Length - dot - 1));
    }

    private static List<IReadOnlyDictionary<string, string>> Csv(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvHelper.CsvReader(reader, CultureInfo.InvariantCulture);
        return csv
            .GetRecords<dynamic>()
            .Select(r => (IReadOnlyDictionary<string, string>)((IDictionary<string, object>)r).ToDictionary(
                p => p.Key,
                p => (string)p.Value))
            .ToList();
    }
}
