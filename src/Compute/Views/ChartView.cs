namespace Site.Compute.Views;

/// <summary>
/// A chart: its kind (which site-wide layout it uses), its title, axis titles, its series, and the one-sentence summary
/// that says in words what it shows. Its numbers are also in a table next to it.
/// </summary>
public sealed record ChartView(
    ChartKind Kind,
    string Title,
    string Summary,
    string? XTitle,
    string? YTitle,
    IReadOnlyList<ChartSeries> Series)
{
    /// <summary>The chart's numbers as a table, for charts whose numbers are in no other table on the page.</summary>
    public TableView? Table { get; init; }

    /// <summary>The chart's name on its page, the same in both languages: its anchor (#diagram-key) and its downloads'
    /// names.</summary>
    public string Key { get; init; } = KindName(Kind);

    /// <summary>A mark printed inside the chart itself, such as "Illustrativa belopp" for amounts that are not
    /// real.</summary>
    public string? Mark { get; init; }

    /// <summary>
    /// A kind's name in lower case, as the charts' script knows it. Written out: the enum's ToString boxed the kind and
    /// made two strings for every chart built, twice (its key, its JSON).
    /// </summary>
    public static string KindName(ChartKind kind) => kind switch
    {
        ChartKind.Years => "years",
        ChartKind.Bars => "bars",
        ChartKind.Scatter => "scatter",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The chart's own source line where it is not the results' (teachers, spending).</summary>
    public string? Source { get; init; }

    /// <summary>The citation's "data from …, retrieved …" where it is not the results' (with
    /// <see cref="Source"/>).</summary>
    public string? Citation { get; init; }
}
