using Site.Compute.Analysis;
using Site.Compute.Views;
using Site.Model;

namespace Site.Compute;

/// <summary>Builds the city overview: the latest key figures, the districts' latest means and the city's means over the
/// years.</summary>
public static class CityViewBuilder
{
    public static CityPageView Build(Dataset dataset, AnalysisIndex index, FrameView frame)
    {
        var t = frame.T;
        var latest = dataset.Years[^1];
        var keyFigures = MeasureInfo.All.Select(m =>
        {
            var mean = index.Aggregate(dataset.Whole, latest, m.Measure).Mean;
            var official = index.Result.Reconciliations.FirstOrDefault(r => r.Area.IsWhole
                && r.Organizer == OrganizerSplit.All && r.Year == latest && r.Measure == m.Measure);
            return official is null
                ? new KeyFigureView(t.MeasureLabel(m.Measure), MeanView.From(mean))
                : new KeyFigureView(
                    t.MeasureLabel(m.Measure),
                    MeanView.From(mean),
                    CellView.From(official.Official.Value),
                    official.Difference,
                    OfficialViewBuilder.Coverage(mean.PupilsIncluded, official.OfficialPupils, t));
        }).ToList();
        var districts = dataset.Districts.Select(d => new DistrictRowView(
            new LinkView(d.Name, Routes.District(t, d)),
            dataset.SchoolsIn(d).Count(),
            MeasureInfo.All.Select(m => MeanView.From(index.Aggregate(dataset.AreaOf(d), latest, m.Measure).Mean))
                .ToList())).ToList();
        var trend = dataset.Years.Select(y => new TrendRowView(
                y.Label,
                MeasureInfo.All.Select(m => MeanView.From(index.Unweighted(dataset.Whole, y, m.Measure).Mean))
                    .ToList()))
            .ToList();
        var unassigned = dataset.Schools
            .Where(s => s.District is null)
            .Select(s => new LinkView(s.Name, Routes.School(t, s.Code)))
            .ToList();

        var area = dataset.Settings.AreaName;
        var meta = new PageMeta(
            Routes.City(t),
            frame.SiteTitle,
            area,
            t.Pick(
                $"Skolresultat i årskurs 9 för {dataset.Schools.Count} skolenheter i {area}, per {t.Areas.One}, "
                + $"{t.YearSpan(frame.FirstYear, frame.LatestYear)}.",
                $"Grade 9 results for {dataset.Schools.Count} school units in {area}, by {t.Areas.One}, "
                + $"{t.YearSpan(frame.FirstYear, frame.LatestYear)}."),
            []);
        return new CityPageView(
            Meta: meta,
            Frame: frame,
            MeasureLabels: t.MeasureLabels,
            KeyFigures: keyFigures,
            Districts: districts,
            Trend: trend,
            SchoolCount: dataset.Schools.Count,
            SchoolsWithoutDistrict: unassigned,
            Analysis: CityAnalysisBuilder.Build(dataset, index, t),
            Official: OfficialViewBuilder.Build(dataset, index, dataset.Whole, t));
    }
}
