using Site.Compute.Analysis;
using Site.Compute.Views;
using Site.Model;

namespace Site.Compute;

/// <summary>Builds a district's page: its means beside the city's, its schools' latest values, its means over the
/// years.</summary>
public static class DistrictViewBuilder
{
    public static DistrictPageView Build(Dataset dataset, District district, AnalysisIndex index, FrameView frame)
    {
        var t = frame.T;
        var latest = dataset.Years[^1];
        var schools = dataset.SchoolsIn(district).OrderBy(s => s.Name, SwedishComparer.Instance).ToList();
        var comparison = MeasureInfo.All.Select(m => new DistrictComparisonView(
            t.MeasureLabel(m.Measure),
            MeanView.From(index.Aggregate(dataset.AreaOf(district), latest, m.Measure).Mean),
            MeanView.From(index.Aggregate(dataset.Whole, latest, m.Measure).Mean))).ToList();

        var rows = schools.Select(s =>
        {
            var cells = MeasureInfo.All
                .Select(m => CellView.From(dataset.ResultOf(s.Code, latest, m.Measure)?.Value))
                .ToList();
            var pupils = CellView.From(dataset.PupilCountOf(s.Code, latest)?.Count);
            return new SchoolRowView(new LinkView(
                s.Name,
                Routes.School(
                    t,
                    s.Code)), t.Organizer(
                        s.Organizer), pupils, cells)
            { OrganizerCode = Data.Codes.Organizer(s.Organizer) };
        }).ToList();

        var own = dataset.AreaOf(district);
        var trend = dataset.Years.Select(y => new TrendRowView(
                y.Label,
                MeasureInfo.All.Select(m => MeanView.From(index.Unweighted(own, y, m.Measure).Mean)).ToList()))
            .ToList();
        var area = dataset.Settings.AreaName;
        var meta = new PageMeta(
            Routes.District(t, district),
            t.Pick($"{district.Name} – skolresultat i årskurs 9", $"{district.Name} – grade 9 school results"),
            district.Name,
            t.Pick(
                $"Skolresultat i årskurs 9 för de {schools.Count} skolenheterna i {district.Name}, jämfört med hela "
                + $"{area}, läsåren {frame.FirstYear}–{frame.LatestYear}.",
                $"Grade 9 results for the {schools.Count} school units in {district.Name}, compared with all of "
                + $"{area}, school years {frame.FirstYear}–{frame.LatestYear}."),
            [new LinkView(area, Routes.City(t))]);
        return new DistrictPageView(
            Meta: meta,
            Frame: frame,
            District: district,
            MeasureLabels: t.MeasureLabels,
            Comparison: comparison,
            Schools: rows,
            Trend: trend,
            MarkerNotes: Labels.NotesFor(t, rows.SelectMany(r => r.Cells.Append(r.Pupils))),
            Analysis: DistrictAnalysisBuilder.Build(dataset, district, index, t),
            // A municipality standing as an area has Skolverket's own figures beside its recomputation.
            Official: dataset.Settings.MunicipalitiesAsDistricts
                ? OfficialViewBuilder.Build(dataset, index, dataset.AreaOf(district), t)
                : null);
    }
}
