namespace Site.Compute.Views;

/// <summary>
/// The comparison page: schools chosen by the reader side by side. The page's script draws them from the JSON the build
/// writes from these views; without scripts the page lists every school's page.
/// </summary>
public sealed record ComparePageView(
    PageMeta Meta,
    FrameView Frame,
    IReadOnlyList<string> Years,
    IReadOnlyList<string> MeasureCodes,
    IReadOnlyList<string> MeasureLabels,
    IReadOnlyList<CompareSchoolView> Schools);
