namespace Site.Compute.Analysis.Staff;

/// <summary>The trend of a measure's high- minus low-need difference over the school years, with what it means for the
/// gap's size.</summary>
public sealed record MetricGapTrend(Model.SchoolMetric Metric, Trend Trend, TrendVerdict GapVerdict);
