namespace Site.Compute.Views;

/// <summary>A district's page.</summary>
public sealed record DistrictPageView(
    PageMeta Meta,
    FrameView Frame,
    string Name,
    IReadOnlyList<string> MeasureLabels,
    IReadOnlyList<DistrictComparisonView> Comparison,
    IReadOnlyList<SchoolRowView> Schools,
    IReadOnlyList<TrendRowView> Trend,
    IReadOnlyList<MarkerNoteView> MarkerNotes,
    DistrictAnalysisView Analysis);
