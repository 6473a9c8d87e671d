namespace Site.Compute.Views;

/// <summary>
/// A chart: its kind (which site-wide layout it uses), its title, axis titles, its series, and the one-sentence summary
/// that says in words what it shows. Its numbers are also in a table next to it.
/// </summary>
public sealed record ChartView(ChartKind Kind, string Title, string Summary, string? XTitle, string? YTitle, IReadOnlyList<ChartSeries> Series);
