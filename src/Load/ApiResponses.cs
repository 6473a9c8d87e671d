using Site.Model;

namespace Site.Load;

/// <summary>What a folder of saved API responses holds.</summary>
public sealed record ApiResponses(
    IReadOnlyList<ApiSchoolUnit> SchoolUnits,
    IReadOnlyList<ResultRow> Results,
    IReadOnlyList<MetricRow> Metrics);
