using Site.Compute.Analysis;
using Site.Compute.Views;
using Site.Model;

namespace Site.Compute;

/// <summary>An area's trend per measure: the latest mean, the change since the previous year, the slope per year and
/// the verdict.</summary>
public static class TrendTableBuilder
{
    public static TableView For(Dataset dataset, AnalysisIndex index, Area area, string areaName, Texts.Texts t)
    {
        var years = dataset.Years;
        var rows = MeasureInfo.All.Select(m =>
        {
            var trend = index.Trend(area, m.Measure).Trend;
            var change = index.Change(area, years[^1], m.Measure);
            return new TableRowView(t.MeasureLabel(m.Measure), null,
            [
                FigureCell.Of(index.Aggregate(area, years[^1], m.Measure).Mean.Value),
                FigureCell.Gap(
                    change?.Change) with { Note = change is null ? null : t.Schools(change.Schools, change.Schools) },
                FigureCell.Gap(trend.Slope, Trend.Decimals),
                FigureCell.Words(t.Verdict(trend.Verdict)),
            ]);
        }).ToList();
        return new TableView(
            t.Pick(
                $"{areaName}: utvecklingen {years[0].Label}–{years[^1].Label}",
                $"{areaName}: change {years[0].Label}–{years[^1].Label}"),
            [
                t.Pick("Mått", "Measure"),
                years[^1].Label,
                t.Pick("Förändring sedan föregående år", "Change since the previous year"),
                t.Pick("Lutning per år", "Slope per year"),
                t.Pick("Trend", "Trend")],
            rows,
            t.TrendNote);
    }
}
