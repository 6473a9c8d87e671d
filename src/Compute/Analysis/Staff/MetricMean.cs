namespace Site.Compute.Analysis.Staff;

/// <summary>The unweighted mean of a staff, test or eligibility measure over an area's schools in one school year.</summary>
/// <param name="Area">
/// The city (<see cref="Model.Area.WholeSlug"/>) or a district's slug, as the results' aggregates.
/// </param>
public sealed record MetricMean(string Area, Model.SchoolYear Year, Model.SchoolMetric Metric, AreaMean Mean);
