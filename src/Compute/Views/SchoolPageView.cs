namespace Site.Compute.Views;

/// <summary>A school's page.</summary>
public sealed record SchoolPageView(
    PageMeta Meta,
    FrameView Frame,
    string Code,
    string Name,
    string OrganizerLabel,
    LinkView? District,
    LinkView? Successor,
    IReadOnlyList<string> MeasureLabels,
    IReadOnlyList<SchoolYearRowView> Years,
    bool HasAnyNumber,
    IReadOnlyList<MarkerNoteView> MarkerNotes,
    IReadOnlyList<SourceView> Sources,
    SchoolAnalysisView Analysis);
