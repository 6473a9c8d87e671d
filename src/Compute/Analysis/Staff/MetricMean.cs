namespace Site.Compute.Analysis.Staff;

/// <summary>The unweighted mean of a staff, test or eligibility measure over an area's schools in one school
/// year.</summary>
public sealed record MetricMean(Model.Area Area, Model.SchoolYear Year, Model.SchoolMetric Metric, AreaMean Mean);
