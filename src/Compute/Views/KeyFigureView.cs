namespace Site.Compute.Views;

/// <summary>One measure's headline figure for an area in the latest year.</summary>
public sealed record KeyFigureView(string MeasureLabel, MeanView Mean);
