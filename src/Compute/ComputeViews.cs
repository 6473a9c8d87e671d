using Site.Compute.Views;
using Site.Model;

namespace Site.Compute;

/// <summary>The compute stage: turns the frozen dataset into the view records of every page in one language. Pure:
/// reads nothing, writes nothing.</summary>
public static class ComputeViews
{
    /// <param name="index">The analysis keyed for the views, made once for every language of a build.</param>
    /// <param name="keys">The school pages' keys, shared by the languages of a build; null makes this language's
    /// own.</param>
    /// <param name="districtKeys">The district pages' keys, likewise.</param>
    public static SiteViews Run(
        Dataset dataset,
        AnalysisIndex index,
        Func<Changes.ChangeSet> changes,
        Texts.Texts t,
        SchoolViewKeys? keys = null,
        DistrictViewKeys? districtKeys = null)
    {
        var frame = FrameBuilder.Build(dataset, t);
        var sources = new SourceViews(dataset.Sources, t);
        var area = dataset.Settings.AreaName;
        var home = new LinkView(area, Routes.City(t));
        var notFoundTitle = t.Pick("Sidan finns inte", "Page not found");
        var notFound = new NotFoundPageView(
            new PageMeta(
                Path: Routes.NotFound(t),
                Title: notFoundTitle,
                ShortName: notFoundTitle,
                Description: t.Pick("Sidan du sökte finns inte.", "The page you were looking for does not exist."),
                Breadcrumbs: [home]),
            frame);
        var search = new SearchPageView(
            new PageMeta(
                Routes.Search(t),
                t.Pick("Sök", "Search"),
                t.Pick("Sök", "Search"),
                t.Pick(
                    $"Sök bland skolorna och {t.Areas.TheMany} i {area}.",
                    $"Search the schools and {t.Areas.Many} of {area}."),
                [home]),
            frame,
            dataset.Districts.Select(d => new LinkView(d.Name, Routes.District(t, d))).ToList());
        keys ??= new SchoolViewKeys(dataset, index);
        districtKeys ??= new DistrictViewKeys(dataset, index);
        return new SiteViews(
            new(() => CityViewBuilder.Build(dataset, index, frame)),
            new LazyViews<DistrictPageView>(
                dataset.Districts.Count,
                i => Routes.District(t, dataset.Districts[i]),
                i => DistrictViewBuilder.Build(dataset, dataset.Districts[i], index, frame),
                districtKeys.Of),
            new LazyViews<SchoolPageView>(
                dataset.Schools.Count,
                i => Routes.School(t, dataset.Schools[i].Code),
                i => SchoolViewBuilder.Build(dataset, dataset.Schools[i], index, frame, sources),
                keys.Of),
            new(() => SchoolIndexBuilder.Build(dataset, frame)),
            search,
            new DownloadsPageView(
                new PageMeta(
                    Routes.Downloads(t),
                    t.Pick("Ladda ned data", "Download the data"),
                    t.Pick("Ladda ned data", "Download the data"),
                    t.Pick(
                        $"Skolresultaten och beräkningarna för {area} som CSV-filer.",
                        $"The school results and computations for {area} as CSV files."),
                    [home]),
                frame,
                DownloadCatalog.Files(t),
                DownloadCatalog.Dictionary(t),
                DownloadCatalog.Sources(dataset, t),
                DownloadCatalog.Provenance(dataset, t)),
            new(() => Changes.ChangesViewBuilder.Build(dataset, changes(), frame)),
            notFound,
            frame,
            new(() => WorkedExampleBuilder.Build(dataset, index, t)),
            new(() => ReconciliationTableBuilder.Build(dataset, index, t)),
            new(() => ExpectedExampleBuilder.Build(dataset, index, t)),
            SearchEntries(dataset, t))
        {
            Compare = () => CompareViewBuilder.Build(dataset, frame),
            CompareData = () => CompareViewBuilder.BuildData(dataset, index, frame),
        };
    }

    private static List<SearchEntryView> SearchEntries(Dataset dataset, Texts.Texts t)
    {
        var school = t.Pick("Skola", "School");
        return dataset.Districts.Select(d => new SearchEntryView(
            d.Name,
            Routes.District(t, d),
            Texts.AreaWords.Capital(t.Areas.One)))
            .Concat(
                dataset.Schools.Select(s => new SearchEntryView(
                    s.Name,
                    Routes.School(t, s.Code),
                    s.District is { } d ? $"{school}, {d.Name} ({s.Code})" : $"{school} ({s.Code})")))
            .ToList();
    }
}
