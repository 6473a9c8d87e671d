using Site.Compute.Analysis.Municipal;
using Site.Compute.Texts;
using Site.Compute.Views;
using Site.Model.Municipal;

namespace Site.Compute.Resources;

/// <summary>
/// Selects and formats one municipality's spending and teachers from the municipal analysis: its values, the median and
/// quartiles of every municipality, and how many spend less (a rank of resources, never of results).
/// </summary>
public static class MunicipalResourcesBuilder
{
    public static ResourcesView? Build(
        Model.Dataset dataset,
        AnalysisIndex index,
        string code,
        string name,
        Texts.Texts t)
    {
        var municipal = index.Municipal;
        var costPeriod = municipal.Periods(MunicipalReportKind.Costs).LastOrDefault();
        var staffPeriods = municipal.Periods(MunicipalReportKind.Staff);
        if (costPeriod is null && staffPeriods.Count == 0)
        {
            return null;
        }

        var costs = costPeriod is null ? [] : MunicipalWords.CostKinds
            .Select(k => municipal.Figure(MunicipalReportKind.Costs, k, code, costPeriod, "municipal"))
            .OfType<MunicipalFigure>()
            .ToList();
        var spending = costs.Count == 0 ? null : new TableView(
            t.Pick(
                $"Kostnad per elev i {t.Genitive(name)} kommunala grundskolor {costPeriod}, och alla kommuners",
                $"Cost per pupil in {t.Genitive(name)} municipal compulsory schools, {costPeriod}, and every "
                + $"municipality's"),
            [
                t.Pick("Kostnad per elev", "Cost per pupil"),
                name,
                t.Pick("Medianen av kommunerna", "The municipalities' median"),
                t.Pick("Mittersta hälften av kommunerna", "The middle half of the municipalities"),
                t.Pick("Kommuner med lägre kostnad", "Municipalities spending less")],
            costs.Select(f => new TableRowView(MunicipalWords.Label(t, f.Column), null,
            [
                FigureCell.From(f.Value, 0),
                FigureCell.Of(f.Median, 0),
                FigureCell.Words(
                    f.LowerQuartile is { } lo && f.UpperQuartile is { } hi
                        ? $"{t.Number(lo, 0)}–{t.Number(hi, 0)}"
                        : "–"),
                FigureCell.Words(t.Pick($"{f.Below} av {f.Of}", $"{f.Below} of {f.Of}")),
            ])).ToList(),
            t.Pick(
                $"Kronor per elev och kalenderår, kommunal huvudman (Skolverket redovisar bara kommunala skolors "
                + $"kostnader). Medianen och kvartilerna tas över de {costs[0].Of} kommuner som har ett värde; ”lägre "
                + $"kostnad” räknar kommuner med ett lägre värde i samma rad.",
                $"Kronor (SEK) per pupil and calendar year, municipal organizer (Skolverket publishes municipal "
                + $"schools' costs only). The median and quartiles are taken over the {costs[0].Of} municipalities "
                + $"with a value; “spending less” counts municipalities with a lower value in the same row."));
        var summary = costs.FirstOrDefault(f => f.Column == "total_per_pupil")
            is { Value.Number: { } total, Median: { } median } first
            ? t.Pick(
                $"År {costPeriod} kostade {t.Genitive(name)} kommunala grundskolor "
                + $"{MunicipalWords.Kronor(t, total)} per elev, mot {MunicipalWords.Kronor(t, median)} i "
                + $"mediankommunen; {first.Below} av {first.Of} kommuner hade en lägre kostnad per elev.",
                $"In {costPeriod} {t.Genitive(name)} municipal compulsory schools cost "
                + $"{MunicipalWords.Kronor(t, total)} per pupil, against {MunicipalWords.Kronor(t, median)} in the "
                + $"median municipality; {first.Below} of {first.Of} municipalities spent less per pupil.")
            : "";
        var (staff, staffSummary) = StaffTable(index, code, name, staffPeriods, t);
        var chart = SpendingChart(costs, name, costPeriod, t) is { } c
            ? c with
            {
                Source = FrameBuilder.MunicipalSource(
                dataset,
                t,
                MunicipalReport.Costs.NameStart),
                Citation = Citation(dataset, t)
            }
            : null;
        return new ResourcesView(summary, chart, spending, staff, staffSummary);
    }

    /// <summary>"data från Skolverket, Kostnader per kommun 2024, hämtningsdag inte registrerad" for a chart of the
    /// cost report.</summary>
    public static string Citation(Model.Dataset dataset, Texts.Texts t) =>
        FrameBuilder.MunicipalCitation(dataset, t, MunicipalReport.Costs.NameStart);

    private static ChartView? SpendingChart(
        IReadOnlyList<MunicipalFigure> costs,
        string name,
        string? period,
        Texts.Texts t)
    {
        var rows = costs
            .Where(f => f.Column != "total_per_pupil" && f.Value.Number is not null && f.Median is not null)
            .ToList();
        if (rows.Count == 0)
        {
            return null;
        }

        var most = rows.MaxBy(f => Math.Abs(f.Value.Number!.Value - f.Median!.Value))!;
        var difference = most.Value.Number!.Value - most.Median!.Value;
        var summary = t.Pick(
            $"{t.Genitive(name)} kostnad per elev {period} skilde sig mest från mediankommunens för "
            + $"{MunicipalWords.Label(t, most.Column).ToLowerInvariant()}: "
            + $"{(difference < 0 ? "" : "+")}{MunicipalWords.Kronor(t, difference)} per elev.",
            $"{t.Genitive(name)} cost per pupil in {period} differed most from the median municipality's for "
            + $"{MunicipalWords.Label(t, most.Column).ToLowerInvariant()}: "
            + $"{(difference < 0 ? "" : "+")}{MunicipalWords.Kronor(t, difference)} per pupil.");
        return new ChartView(
            ChartKind.Bars,
            t.Pick(
                $"{name}: kostnad per elev {period} jämfört med mediankommunen",
                $"{name}: cost per pupil {period} against the median municipality"),
            summary,
            t.Pick("Kr per elev", "SEK per pupil"), null,
            [new(
                t.Pick("Skillnad mot medianen", "Difference from the median"),
                ChartSeriesRole.Bars,
                rows.Select(f => MunicipalWords.Short(t, f.Column)).ToList(),
                null,
                rows.Select(f => (decimal?)(f.Value.Number!.Value - f.Median!.Value)).ToList())])
        {
            Key = "spending",
        };
    }

    private static (TableView? Table, string Summary) StaffTable(
        AnalysisIndex index,
        string code,
        string name,
        IReadOnlyList<string> periods,
        Texts.Texts t)
    {
        var municipal = index.Municipal;
        var years = periods
            .Where(p => municipal.Figure(MunicipalReportKind.Staff, "fte_total", code, p) is not null)
            .ToList();
        if (years.Count == 0)
        {
            return (null, "");
        }

        var rows = years.Select(p => new TableRowView(p, null,
        [
            .. MunicipalWords.StaffColumns.Select(c => municipal.Figure(MunicipalReportKind.Staff, c, code, p) is { } f
                ? FigureCell.From(
                    f.Value,
                    c.EndsWith("_pct", StringComparison.Ordinal) || c.StartsWith("fte", StringComparison.Ordinal)
                        ? 1
                        : 0)
                : FigureCell.Empty),
            FigureCell.Of(municipal.Figure(MunicipalReportKind.Staff, "teachers_certified_pct", code, p)?.Median),
        ])).ToList();
        var table = new TableView(
            t.Pick(
                $"Lärare i {t.Genitive(name)} grundskolor per läsår (alla huvudmän)",
                $"Teachers in {t.Genitive(name)} compulsory schools by school year (all organizers)"),
            [
                t.Pick("Läsår", "School year"),
                .. MunicipalWords.StaffColumns.Select(c => MunicipalWords.Label(t, c)),
                t.Pick(
                    "Medianen av kommunerna, legitimerade och behöriga %",
                    "The municipalities' median, certified and qualified %")],
            rows,
            t.Pick(
                "Skolverkets personalstatistik per kommun, samtliga huvudmän, läsårets höst. Heltidstjänster räknar "
                + "tjänstgöringsgrad; antal lärare räknar personer. Förstelärarnas heltidstjänster står som 0,0 för "
                + "alla kommuner läsåret 2024/25, så här visas antalet förstelärare.",
                "Skolverket's staff statistics by municipality, all organizers, the autumn of the school year. "
                + "Full-time posts count the share of full time; the number of teachers counts people. First teachers' "
                + "full-time posts read 0.0 for every municipality in 2024/25, so the number of first teachers is "
                + "shown here."));
        var last = municipal.Figure(MunicipalReportKind.Staff, "teachers_certified_pct", code, years[^1]);
        var firstYear = municipal.Figure(MunicipalReportKind.Staff, "teachers_certified_pct", code, years[0]);
        var summary = last is { Value.Number: { } now, Median: { } median } && firstYear?.Value.Number is { } then
            ? t.Pick(
                $"Läsåret {years[^1]} var {t.Number(now, 1)} % av lärarna i {name} legitimerade och behöriga i minst "
                + $"ett ämne ({t.Number(then, 1)} % läsåret {years[0]}); medianen av kommunerna var "
                + $"{t.Number(median, 1)} %.",
                $"In {years[^1]} {t.Number(now, 1)} % of the teachers in {name} were certified and qualified in at "
                + $"least one subject ({t.Number(then, 1)} % in {years[0]}); the municipalities' median was "
                + $"{t.Number(median, 1)} %.")
            : "";
        return (table, summary);
    }
}
