namespace Site.Compute.Analysis.Staff;

/// <summary>
/// A staff, test or eligibility measure in the highest- and the lowest-need quartile of the city's schools in one
/// school year (the results' need index and quartile rule), and the difference of the two published, rounded means.
/// </summary>
public sealed record MetricNeedGap(
    Model.SchoolYear Year,
    Model.SchoolMetric Metric,
    decimal LowerQuartileIndex,
    decimal UpperQuartileIndex,
    AreaMean HighNeed,
    AreaMean LowNeed,
    decimal? Gap);
