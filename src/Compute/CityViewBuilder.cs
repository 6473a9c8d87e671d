using Site.Compute.Views;
using Site.Model;

namespace Site.Compute;

/// <summary>Builds the city overview: the latest key figures, the districts' latest means and the city's means over the years.</summary>
public static class CityViewBuilder
{
    public static CityPageView Build(Dataset dataset, AnalysisIndex index, FrameView frame)
    {
        var citySeries = MeasureInfo.All.Select(m => Means.Series(dataset, dataset.Schools, m.Measure)).ToList();
        var keyFigures = MeasureInfo.All.Select((m, i) => new KeyFigureView(m.ShortLabel, MeanView.From(citySeries[i][^1].Mean))).ToList();

        var districts = dataset.Districts.Select(d =>
        {
            var schools = dataset.Schools.Where(s => s.DistrictName == d.Name).ToList();
            var means = MeasureInfo.All.Select(m => MeanView.From(Means.Series(dataset, schools, m.Measure)[^1].Mean)).ToList();
            return new DistrictRowView(new LinkView(d.Name, Paths.District(d)), schools.Count, means);
        }).ToList();

        var trend = dataset.Years.Select((y, yi) => new TrendRowView(y.Label, citySeries.Select(s => MeanView.From(s[yi].Mean)).ToList())).ToList();
        var unassigned = dataset.Schools.Where(s => s.DistrictName is null).Select(s => new LinkView(s.Name, Paths.School(s.Code))).ToList();

        var meta = new PageMeta(
            Paths.City,
            dataset.Settings.Title,
            dataset.Settings.AreaName,
            $"Skolresultat i årskurs 9 för {dataset.Schools.Count} skolenheter i {dataset.Settings.AreaName}, per stadsdelsområde, läsåren {frame.FirstYear}–{frame.LatestYear}.",
            []);
        return new CityPageView(meta, frame, Labels.MeasureShortLabels, keyFigures, districts, trend, dataset.Schools.Count, unassigned, CityAnalysisBuilder.Build(dataset, index));
    }

    /// <summary>The city's latest means, which every district page compares with.</summary>
    internal static IReadOnlyList<AreaMean> LatestCityMeans(Dataset dataset) =>
        MeasureInfo.All.Select(m => Means.Series(dataset, dataset.Schools, m.Measure)[^1].Mean).ToList();
}
