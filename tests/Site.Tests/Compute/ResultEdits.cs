using System.Globalization;

namespace Site.Tests.Compute;

/// <summary>
/// Edits of a data folder's results as a city's staff might save them (the latest export and the API's history, which
/// must agree), for the tests that check a page's key changes whenever its view does.
/// </summary>
public static class ResultEdits
{
    public const string History = "skolverket-api-statistics-gr.csv";
    public const string Export = "Grundskola - Slutbetyg årskurs 9, samtliga elever 2025 Skolenhet.csv";

    // The exports' numbers, "253,8" (tests run without cultures).
    private static readonly NumberFormatInfo Swedish = new() { NumberDecimalSeparator = "," };

    /// <summary>The edits both key tests make, by name (<see cref="Apply"/>).</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "latest merit value",
        "latest merit value by a tenth",
        "latest merit value suppressed",
        "latest pupils",
        "latest share passing all subjects",
        "older merit value",
        "older value suppressed",
    ];

    /// <summary>Makes the edit named <paramref name="edit"/> (one of <see cref="Names"/>) in the folder.</summary>
    public static void Apply(string data, string edit)
    {
        switch (edit)
        {
            case "latest merit value":
                ChangeLatest(data, 10, By(7.3m));
                break;
            case "latest merit value by a tenth":
                // Too little to move a published mean: what changes on other pages is the scatter's line.
                ChangeLatest(data, 10, By(0.1m));
                break;
            case "latest merit value suppressed":
                ChangeLatest(data, 10, _ => "..");
                break;
            case "latest pupils":
                ChangeLatest(data, 7, By(20));
                break;
            case "latest share passing all subjects":
                ChangeLatest(data, 8, By(-12.5m));
                break;
            case "older merit value":
                ChangeOlder(data, "2020/21", v => "ok," + (v - 22.6m).ToString("0.0", CultureInfo.InvariantCulture));
                break;
            case "older value suppressed":
                ChangeOlder(data, "2022/23", _ => "missing,");
                break;
            default:
                throw new ArgumentException($"no edit '{edit}'", nameof(edit));
        }
    }

    /// <summary>
    /// Changes the first Stockholm school's number in <paramref name="column"/> of the latest export (to text, such as
    /// "..", where <paramref name="change"/> gives text), and the same value in the API's history, which must agree.
    /// </summary>
    private static void ChangeLatest(string data, int column, Func<decimal, string> change)
    {
        var export = Path.Combine(data, "results", Export);
        var row = File.ReadLines(export)
            .First(l => l.Split(';') is var f && f.Length > column && f[3] == "0180"
                && decimal.TryParse(f[column], NumberStyles.Number, Swedish, out _));
        var fields = row.Split(';');
        var number = decimal.Parse(fields[column], NumberStyles.Number, Swedish);
        var code = fields[1];
        fields[column] = change(number);
        TestEdits.Replace(export, row, string.Join(';', fields));
        var measure = column switch
        {
            8 => "all_subjects_passed_pct",
            9 => "eligible_vocational_pct",
            10 => "merit_value",
            _ => null,
        };
        var history = Path.Combine(data, "results", History);
        var old = $"{code},2024/25,{measure},ok,{number.ToString("0.0", CultureInfo.InvariantCulture)}";
        if (measure is not null && File.ReadAllText(history).Contains(old, StringComparison.Ordinal))
        {
            var value = decimal.TryParse(fields[column], NumberStyles.Number, Swedish, out var n)
                ? $"ok,{n.ToString("0.0", CultureInfo.InvariantCulture)}"
                : "suppressed,";
            TestEdits.Replace(history, old, $"{code},2024/25,{measure},{value}");
        }
    }

    /// <summary>Changes the history's first merit value of <paramref name="year"/> (its status and value).</summary>
    private static void ChangeOlder(string data, string year, Func<decimal, string> change)
    {
        var history = Path.Combine(data, "results", History);
        var row = File.ReadLines(history).First(l => l.Contains($",{year},merit_value,ok,", StringComparison.Ordinal));
        var fields = row.Split(',');
        var value = decimal.Parse(fields[4], CultureInfo.InvariantCulture);
        TestEdits.Replace(history, row, $"{fields[0]},{year},merit_value,{change(value)}");
    }

    private static Func<decimal, string> By(decimal change) => v => (v + change).ToString(Swedish);
}
