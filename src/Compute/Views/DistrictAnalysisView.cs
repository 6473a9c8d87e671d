namespace Site.Compute.Views;

/// <summary>A district page's analysis: its gap to the city over time with trends, the spread of its schools,
/// organizers, funding.</summary>
public sealed record DistrictAnalysisView(
    DistrictMapView? Map,
    ChartView GapChart,
    TableView Gap,
    TableView Trend,
    string GapSummary,
    IReadOnlyList<TableView> Spread,
    TableView Organizers,
    TableView? Funding,
    AllocationNoticeView? AllocationNotice)
{
    /// <summary>The district's schools' teachers and its means; null without teacher figures.</summary>
    public MetricTableView? Staff { get; init; }

    /// <summary>A municipality's own spending and teachers among the others'; null for a district of a city.</summary>
    public ResourcesView? Resources { get; init; }
}
