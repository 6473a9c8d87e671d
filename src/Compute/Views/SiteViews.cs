namespace Site.Compute.Views;

/// <summary>
/// Every page of the site as view records: what the render stage turns into HTML. The bigger views are built when first
/// read, so that preview builds only those of the pages it is asked for.
/// </summary>
public sealed record SiteViews(
    Lazy<CityPageView> City,
    LazyViews<DistrictPageView> Districts,
    LazyViews<SchoolPageView> Schools,
    Lazy<SchoolIndexView> SchoolIndex,
    SearchPageView Search,
    DownloadsPageView Downloads,
    Lazy<ChangesPageView> Changes,
    NotFoundPageView NotFound,
    FrameView Frame,
    Lazy<WorkedExampleView?> WorkedExample,
    Lazy<TableView?> Reconciliation,
    Lazy<TableView?> ExpectedExample,
    IReadOnlyList<SearchEntryView> SearchEntries)
{
    /// <summary>The comparison page, made when it is asked for.</summary>
    public required Func<ComparePageView> Compare { get; init; }

    /// <summary>
    /// The comparison page's data, made each time it is asked for (once a build, after the last page). Kept, a national
    /// site's view of every school's every value (~20 MB a language) was held to the end of the build.
    /// </summary>
    public required Func<CompareDataView> CompareData { get; init; }
}
