namespace Site.Compute.Views;

/// <summary>
/// One measure's headline figure for an area in the latest year: Skolverket's official figure where a report gives it,
/// and the site's own mean beside it, with the difference and the pupils our mean covers.
/// </summary>
public sealed record KeyFigureView(
    string MeasureLabel,
    MeanView Mean,
    CellView? Official = null,
    decimal? Difference = null,
    string? Coverage = null);
