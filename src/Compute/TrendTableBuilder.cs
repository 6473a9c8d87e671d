using Site.Compute.Analysis;
using Site.Compute.Views;
using Site.Model;

namespace Site.Compute;

/// <summary>An area's trend per measure: the latest mean, the change since the previous year, the slope per year and the verdict.</summary>
public static class TrendTableBuilder
{
    public static TableView For(Dataset dataset, AnalysisIndex index, string area, string areaName, Texts.Texts t)
    {
        var years = dataset.Years;
        var rows = MeasureInfo.All.Select(m =>
        {
            var series = years.Select(y => (y, index.Aggregate(area, y, m.Measure).Mean.Value)).ToList();
            var trend = Trends.Of(series);
            return new TableRowView(t.MeasureLabel(m.Measure), null, [FigureCell.Of(series[^1].Value), FigureCell.Gap(trend.ChangeSincePrevious), FigureCell.Gap(trend.Slope is { } s ? (decimal)s : null, 2), FigureCell.Words(t.Verdict(trend.Verdict))]);
        }).ToList();
        return new TableView(
            t.Pick($"{areaName}: utvecklingen {years[0].Label}–{years[^1].Label}", $"{areaName}: change {years[0].Label}–{years[^1].Label}"),
            [t.Pick("Mått", "Measure"), years[^1].Label, t.Pick("Förändring sedan föregående år", "Change since the previous year"), t.Pick("Lutning per år", "Slope per year"), t.Pick("Trend", "Trend")],
            rows,
            t.TrendNote);
    }
}
