namespace Site.Compute.Views;

/// <summary>
/// The comparison page: what it shows without its script, a link to each school's page. The values the script draws
/// are the page's data file's (<see cref="CompareDataView"/>): as part of this view, every school's every value was
/// made and fingerprinted for a page that shows none of them (nationally 225,000 cells a language, on every build).
/// </summary>
public sealed record ComparePageView(PageMeta Meta, FrameView Frame, IReadOnlyList<CompareSchoolLink> Schools);
