using Site.Model;

namespace Site.Compute.Analysis.Staff;

/// <summary>The staff analysis keyed for the page builders' look-ups.</summary>
public sealed class StaffIndex
{
    // By the area's id, as the results' means (AnalysisIndex).
    private readonly Dictionary<(int, SchoolYear, SchoolMetric), MetricMean> means;
    private readonly Dictionary<(SchoolYear, SchoolMetric), MetricNeedGap> gaps;
    private readonly Dictionary<SchoolMetric, MetricGapTrend> trends;
    private readonly Dictionary<string, Association> lines;

    public StaffIndex(StaffAnalysis analysis)
    {
        Analysis = analysis;
        means = analysis.Means.ToDictionary(m => (m.Area.Id, m.Year, m.Metric));
        gaps = analysis.NeedGaps.ToDictionary(g => (g.Year, g.Metric));
        trends = analysis.GapTrends.ToDictionary(t => t.Metric);
        lines = analysis.Associations.ToDictionary(a => a.Key, StringComparer.Ordinal);
        Years = analysis.Means.Select(m => m.Year).Distinct().Order().ToList();
    }

    public StaffAnalysis Analysis { get; }

    /// <summary>The school years with any staff, test or eligibility figure.</summary>
    public IReadOnlyList<SchoolYear> Years { get; }

    public bool Any => Years.Count > 0;

    /// <summary>An area's unweighted mean of a metric, or null when it has none.</summary>
    public AreaMean? Mean(Area area, SchoolYear year, SchoolMetric metric) =>
        means.GetValueOrDefault((area.Id, year, metric))?.Mean;

    public MetricNeedGap? NeedGap(SchoolYear year, SchoolMetric metric) => gaps.GetValueOrDefault((year, metric));

    public MetricGapTrend? GapTrend(SchoolMetric metric) => trends.GetValueOrDefault(metric);

    public Association? Line(string key) => lines.GetValueOrDefault(key);
}
