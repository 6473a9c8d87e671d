namespace Site.Compute.Views;

/// <summary>The city page's analysis: the socioeconomic gap and the districts' gaps over time, the city's trends,
/// funding beside results.</summary>
public sealed record CityAnalysisView(
    DistrictMapView? Map,
    ChartView? SocioeconomicChart,
    ChartView DistrictGapChart,
    ChartView? IndexScatter,
    ChartView? FundingChart,
    TableView? SocioeconomicGap,
    string? SocioeconomicSummary,
    IReadOnlyList<TableView> DistrictGaps,
    TableView TrendVerdicts,
    TableView? Funding,
    AllocationNoticeView? AllocationNotice,
    string ExpectedSummary)
{
    /// <summary>Does the staff follow the need: null without teacher figures.</summary>
    public StaffCityView? Staff { get; init; }

    /// <summary>The municipality's real spending and teachers (a one-municipality site); null without the
    /// reports.</summary>
    public ResourcesView? Resources { get; init; }

    /// <summary>With many municipalities: spending against need and against results.</summary>
    public IReadOnlyList<ChartView> MunicipalComparisons { get; init; } = [];
}
