namespace Site.Model;

/// <summary>A tidy file of staff, national-test and eligibility values (what <c>import</c> writes to
/// data/resources/).</summary>
public sealed record MetricsFile(string Path, IReadOnlyList<MetricRow> Rows, string? Retrieved);
