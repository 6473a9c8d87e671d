using Site.Compute.Views;

namespace Site.Render;

/// <summary>
/// What a trace's template depends on: its role (colour, dash, marker) and whether it has labels. Plotly.NET writes
/// labels only for points (a highlighted point's label is its series' name).
/// </summary>
public readonly record struct ChartTemplateKind(ChartSeriesRole Role, bool Labelled)
{
    /// <summary>Every kind of trace the site draws.</summary>
    public static readonly IReadOnlyList<ChartTemplateKind> All =
    [
        new(ChartSeriesRole.Primary, Labelled: false), new(ChartSeriesRole.Secondary, Labelled: false),
        new(ChartSeriesRole.Reference, Labelled: false), new(ChartSeriesRole.Fit, Labelled: false),
        new(ChartSeriesRole.Bars, Labelled: false), new(ChartSeriesRole.Points, Labelled: true),
        new(ChartSeriesRole.Highlight, Labelled: false),
    ];

    public static ChartTemplateKind Of(ChartSeries s) =>
        new(s.Role, Labelled: s.Role == ChartSeriesRole.Points && s.Labels is not null);
}
