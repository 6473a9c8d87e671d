namespace Site.Compute.Views;

/// <summary>The comparison page's data file: every school's values of every measure and year, and their trends'
/// verdicts, in the page's language.</summary>
public sealed record CompareDataView(
    FrameView Frame,
    IReadOnlyList<string> Years,
    IReadOnlyList<string> MeasureCodes,
    IReadOnlyList<string> MeasureLabels,
    IReadOnlyList<CompareSchoolView> Schools);
