namespace Site.Compute.Views;

/// <summary>Every page of the site as view records: what the render stage turns into HTML.</summary>
public sealed record SiteViews(
    CityPageView City,
    LazyViews<DistrictPageView> Districts,
    LazyViews<SchoolPageView> Schools,
    SchoolIndexView SchoolIndex,
    SearchPageView Search,
    DownloadsPageView Downloads,
    ChangesPageView Changes,
    NotFoundPageView NotFound,
    FrameView Frame,
    WorkedExampleView? WorkedExample,
    IReadOnlyList<SearchEntryView> SearchEntries);
