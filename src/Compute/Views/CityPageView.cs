namespace Site.Compute.Views;

/// <summary>The city overview page.</summary>
public sealed record CityPageView(
    PageMeta Meta,
    FrameView Frame,
    IReadOnlyList<string> MeasureLabels,
    IReadOnlyList<KeyFigureView> KeyFigures,
    IReadOnlyList<DistrictRowView> Districts,
    IReadOnlyList<TrendRowView> Trend,
    int SchoolCount,
    IReadOnlyList<LinkView> SchoolsWithoutDistrict,
    CityAnalysisView Analysis,
    OfficialView? Official);
