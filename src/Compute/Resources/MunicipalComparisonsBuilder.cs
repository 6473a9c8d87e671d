using Site.Compute.Analysis.Municipal;
using Site.Compute.Analysis.Staff;
using Site.Compute.Texts;
using Site.Compute.Views;
using Site.Model;
using Site.Model.Municipal;

namespace Site.Compute.Resources;

/// <summary>
/// On a site of many municipalities: spending per pupil against the municipalities' need and against their merit value,
/// each a scatter with its line from the published coefficients, a sentence and a table. No league table of results.
/// </summary>
public static class MunicipalComparisonsBuilder
{
    public static IReadOnlyList<ChartView> Build(Dataset dataset, AnalysisIndex index, Texts.Texts t)
    {
        var charts = new List<ChartView>();
        foreach (var key in new[] { MunicipalAnalysis.NeedKey, MunicipalAnalysis.MeritKey })
        {
            if (index.Municipal.Line(key) is { Slope: { } slope, Intercept: { } intercept } line
                && Chart(dataset, line, slope, intercept, key == MunicipalAnalysis.NeedKey, t) is { } chart)
            {
                charts.Add(
                    chart with
                    {
                        Source = FrameBuilder.MunicipalSource(
                        dataset,
                        t,
                        MunicipalReport.Costs.NameStart) + " " + t.Pick(
                            "Behov och meritvärde: Skolverkets kommunrapport.",
                            "Need and merit value: Skolverket's municipality report."),
                        Citation = MunicipalResourcesBuilder.Citation(dataset, t)
                    });
            }
        }

        return charts;
    }

    private static ChartView? Chart(
        Dataset dataset,
        Association line,
        decimal slope,
        decimal intercept,
        bool need,
        Texts.Texts t)
    {
        var year = line.Year;
        var period = year.StartYear.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var total = MunicipalReport.Costs.IndexOf("total_per_pupil");
        decimal? Official(string code, OfficialIndicator indicator) =>
            dataset.OfficialOf(code, null, year, indicator)?.Value.Number;
        var points = dataset.MunicipalRows
            .Where(r => r.Kind == MunicipalReportKind.Costs
                && r.Period == period
                && dataset.Settings.Publishes(r.MunicipalityCode)
                && r.Values[total].Number is not null)
            .Select(r => (r.MunicipalityName, Spend: r.Values[total].Number!.Value,
                Other: need
                    ? Official(r.MunicipalityCode, OfficialIndicator.ParentsPostSecondaryPct) is { } p
                        && Official(r.MunicipalityCode, OfficialIndicator.ForeignBackgroundPct) is { } f
                        ? ((100m - p) + f) / 2m
                        : (decimal?)null
                    : Official(r.MunicipalityCode, OfficialIndicator.MeritValue17)))
            .Where(p => p.Other is not null)
            .Select(p => (
                Name: p.MunicipalityName,
                X: need ? p.Other!.Value : p.Spend / 1000m,
                Y: need ? p.Spend : p.Other!.Value))
            .OrderBy(p => p.X)
            .ToList();
        if (points.Count < 2)
        {
            return null;
        }

        var (xTitle, yTitle) = need
            ? (
                t.Pick(
                    "Behovsindex (0–100), Skolverkets andelar för årskurs 9",
                    "Need index (0–100), Skolverket's grade 9 shares"),
                t.Pick("Kostnad per elev, kr", "Cost per pupil, SEK"))
            : (
                t.Pick("Kostnad per elev, tusental kr", "Cost per pupil, thousand SEK"),
                t.Pick("Meritvärde (Skolverket)", "Merit value (Skolverket)"));
        var direction = StaffWords.Direction(t, line);
        var summary = need
            ? t.Pick(
                $"År {period} hade kommuner med högre behovsindex i genomsnitt {t.Number(Math.Abs(slope * 10), 0)} kr "
                + $"{(slope < 0 ? "lägre" : "högre")} kostnad per elev för varje 10 enheter högre index "
                + $"({line.Points} kommuner; {direction}).",
                $"In {period} municipalities with a higher need index spent on average "
                + $"{t.Number(Math.Abs(slope * 10), 0)} SEK {(slope < 0 ? "less" : "more")} per pupil for every 10 "
                + $"units of index ({line.Points} municipalities; {direction}).")
            : t.Pick(
                $"År {period} hade kommuner med högre kostnad per elev i genomsnitt "
                + $"{t.Number(Math.Abs(slope * 10), 2)} poäng {(slope < 0 ? "lägre" : "högre")} meritvärde för varje "
                + $"10 000 kr mer per elev ({line.Points} kommuner; {direction}); ett samband, inte en effekt.",
                $"In {period} municipalities spending more per pupil had on average a "
                + $"{t.Number(Math.Abs(slope * 10), 2)} points {(slope < 0 ? "lower" : "higher")} merit value for "
                + $"every 10,000 SEK more per pupil ({line.Points} municipalities; {direction}); an association, not "
                + $"an effect.");
        decimal At(decimal x) => Math.Round(intercept + slope * x, 1, MidpointRounding.AwayFromZero);
        var table = new TableView(
            need
                ? t.Pick(
                    $"Behovsindex och kostnad per elev per kommun, {period}",
                    $"Need index and cost per pupil by municipality, {period}")
                : t.Pick(
                    $"Kostnad per elev och meritvärde per kommun, {period}",
                    $"Cost per pupil and merit value by municipality, {period}"),
            [t.Pick("Kommun", "Municipality"), xTitle, yTitle],
            points
                .OrderBy(p => p.Name, SwedishComparer.Instance)
                .Select(p => new TableRowView(
                    p.Name,
                    null,
                    [FigureCell.Of(p.X, need ? 2 : 1), FigureCell.Of(p.Y, need ? 0 : 1)]))
                .ToList(),
            t.Pick(
                $"Kostnaden gäller kommunala skolor kalenderåret {period}; behovsindex och meritvärde är Skolverkets "
                + $"kommunsiffror för läsåret {year.Label}, som börjar det året. Linjen: y = "
                + $"{t.Number(intercept, 3)} {(slope < 0 ? "−" : "+")} {t.Number(Math.Abs(slope), 3)} · x "
                + $"(staff_lines.csv).",
                $"The cost is municipal schools' in calendar year {period}; the need index and merit value are "
                + $"Skolverket's municipality figures for school year {year.Label}, which starts that year. The line: "
                + $"y = {t.Number(intercept, 3)} {(slope < 0 ? "−" : "+")} {t.Number(Math.Abs(slope), 3)} · x "
                + $"(staff_lines.csv)."));
        List<ChartSeries> series =
        [
            new(
                t.Pick("Kommuner", "Municipalities"),
                ChartSeriesRole.Points,
                null,
                points.Select(p => p.X).ToList(),
                points.Select(p => (decimal?)p.Y).ToList(),
                points.Select(p => p.Name).ToList()),
            new(
                t.Pick("Genomsnittligt samband", "Average relationship"),
                ChartSeriesRole.Fit,
                null,
                [points[0].X, points[^1].X],
                [At(points[0].X), At(points[^1].X)]),
        ];
        return new ChartView(
            ChartKind.Scatter,
            need
                ? t.Pick($"Behov och kostnad per elev {period}", $"Need and cost per pupil {period}")
                : t.Pick($"Kostnad per elev och meritvärde {period}", $"Cost per pupil and merit value {period}"),
            summary, xTitle, yTitle, series)
        { Table = table, Key = need ? "need_spending" : "spending_merit" };
    }
}
