namespace Site.Compute.Views;

/// <summary>
/// One series of a chart. Points have a category (a school year or a name) or a numeric X; a missing Y is a gap, never
/// a zero. Role picks a colour, dash and marker from the theme, so that colour is never the only difference between
/// series.
/// </summary>
public sealed record ChartSeries(
    string Name,
    ChartSeriesRole Role,
    IReadOnlyList<string>? Categories,
    IReadOnlyList<decimal>? X,
    IReadOnlyList<decimal?> Y,
    IReadOnlyList<string>? Labels = null);
