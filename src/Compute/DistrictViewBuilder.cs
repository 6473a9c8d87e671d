using Site.Compute.Views;
using Site.Model;

namespace Site.Compute;

/// <summary>Builds a district's page: its means beside the city's, its schools' latest values, its means over the years.</summary>
public static class DistrictViewBuilder
{
    public static DistrictPageView Build(Dataset dataset, District district, IReadOnlyList<AreaMean> cityLatest, AnalysisIndex index, FrameView frame)
    {
        var latest = dataset.Years[^1];
        var schools = dataset.Schools.Where(s => s.DistrictName == district.Name).OrderBy(s => s.Name, SwedishComparer.Instance).ToList();
        var series = MeasureInfo.All.Select(m => Means.Series(dataset, schools, m.Measure)).ToList();
        var comparison = MeasureInfo.All.Select((m, i) => new DistrictComparisonView(m.ShortLabel, MeanView.From(series[i][^1].Mean), MeanView.From(cityLatest[i]))).ToList();

        var rows = schools.Select(s =>
        {
            var results = dataset.ResultsOf(s.Code);
            var cells = MeasureInfo.All.Select(m => CellView.From(results.FirstOrDefault(r => r.Year == latest && r.Measure == m.Measure)?.Value)).ToList();
            var pupils = CellView.From(dataset.PupilsOf(s.Code).FirstOrDefault(p => p.Year == latest)?.Count);
            return new SchoolRowView(new LinkView(s.Name, Paths.School(s.Code)), Labels.Organizer(s.Organizer), pupils, cells);
        }).ToList();

        var trend = dataset.Years.Select((y, yi) => new TrendRowView(y.Label, series.Select(s => MeanView.From(s[yi].Mean)).ToList())).ToList();
        var meta = new PageMeta(
            Paths.District(district),
            $"{district.Name} – skolresultat i årskurs 9",
            district.Name,
            $"Skolresultat i årskurs 9 för de {schools.Count} skolenheterna i {district.Name}, jämfört med hela {dataset.Settings.AreaName}, läsåren {frame.FirstYear}–{frame.LatestYear}.",
            [new LinkView(dataset.Settings.AreaName, Paths.City)]);
        return new DistrictPageView(meta, frame, district.Name, Labels.MeasureShortLabels, comparison, rows, trend, Labels.NotesFor(rows.SelectMany(r => r.Cells.Append(r.Pupils))), DistrictAnalysisBuilder.Build(dataset, district, index));
    }
}
