namespace Site.Model;

/// <summary>One published staff, test or eligibility value of a school and school year, with where it was
/// read.</summary>
public sealed record MetricRow(
    string SchoolCode,
    SchoolYear Year,
    SchoolMetric Metric,
    ResultValue Value,
    SourceRef Source);
