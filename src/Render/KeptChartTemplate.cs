using Site.Compute.Views;

namespace Site.Render;

/// <summary>One kind's template in <see cref="KeptChartTemplates"/>.</summary>
internal sealed record KeptChartTemplate(ChartSeriesRole Role, bool Labelled, ChartTemplate Template);
