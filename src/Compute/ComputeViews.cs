using Site.Compute.Views;
using Site.Model;

namespace Site.Compute;

/// <summary>The compute stage: turns the frozen dataset into the view records of every page. Pure: reads nothing, writes nothing.</summary>
public static class ComputeViews
{
    public static SiteViews Run(Dataset dataset, Analysis.AnalysisResult analysis)
    {
        var frame = FrameBuilder.Build(dataset);
        var index = new AnalysisIndex(analysis);
        var cityLatest = CityViewBuilder.LatestCityMeans(dataset);
        var notFound = new NotFoundPageView(new PageMeta("/404.html", "Sidan finns inte", "Sidan finns inte", "Sidan du sökte finns inte.", [new LinkView(dataset.Settings.AreaName, Paths.City)]), frame);
        return new SiteViews(
            CityViewBuilder.Build(dataset, index, frame),
            dataset.Districts.Select(d => DistrictViewBuilder.Build(dataset, d, cityLatest, index, frame)).ToList(),
            dataset.Schools.Select(s => SchoolViewBuilder.Build(dataset, s, index, frame)).ToList(),
            SchoolIndexBuilder.Build(dataset, frame),
            new SearchPageView(new PageMeta(Paths.Search, "Sök", "Sök", $"Sök bland skolorna och stadsdelsområdena i {dataset.Settings.AreaName}.", [new LinkView(dataset.Settings.AreaName, Paths.City)]), frame, dataset.Districts.Select(d => new LinkView(d.Name, Paths.District(d))).ToList()),
            notFound,
            frame,
            WorkedExampleBuilder.Build(dataset, index));
    }
}
