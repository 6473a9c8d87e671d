namespace Site.Compute.Views;

/// <summary>A district's page.</summary>
public sealed record DistrictPageView(
    PageMeta Meta,
    FrameView Frame,
    Model.District District,
    IReadOnlyList<string> MeasureLabels,
    IReadOnlyList<DistrictComparisonView> Comparison,
    IReadOnlyList<SchoolRowView> Schools,
    IReadOnlyList<TrendRowView> Trend,
    IReadOnlyList<MarkerNoteView> MarkerNotes,
    DistrictAnalysisView Analysis,
    OfficialView? Official = null);
