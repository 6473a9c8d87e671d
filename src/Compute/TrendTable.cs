using Site.Compute.Analysis;
using Site.Compute.Views;
using Site.Model;

namespace Site.Compute;

/// <summary>An area's trend per measure: the latest mean, the change since the previous year, the slope per year and the verdict.</summary>
public static class TrendTable
{
    public static TableView For(Dataset dataset, AnalysisIndex index, string area, string areaName)
    {
        var years = dataset.Years;
        var rows = MeasureInfo.All.Select(m =>
        {
            var series = years.Select(y => (y, index.Aggregate(area, y, m.Measure).Mean.Value)).ToList();
            var trend = Trends.Of(series);
            return new TableRowView(m.ShortLabel, null, [FigureCell.Of(series[^1].Value), FigureCell.Gap(trend.ChangeSincePrevious), FigureCell.Gap(trend.Slope is { } s ? (decimal)s : null, 2), FigureCell.Words(Words.Verdict(trend.Verdict))]);
        }).ToList();
        return new TableView(
            $"{areaName}: utvecklingen {years[0].Label}–{years[^1].Label}",
            ["Mått", years[^1].Label, "Förändring sedan föregående år", "Lutning per år", "Trend"],
            rows,
            "Lutningen är den genomsnittliga förändringen per år enligt en linjär regression över alla år. ”Ökar” eller ”minskar” skrivs bara när lutningens 95-procentiga konfidensintervall inte innehåller noll.");
    }
}
