using Site.Compute.Analysis;
using Site.Compute.Analysis.Staff;
using Site.Compute.Texts;
using Site.Compute.Views;
using Site.Model;

namespace Site.Compute.Resources;

/// <summary>Selects and formats the staff analysis for the city page; every figure comes from
/// <see cref="StaffAnalysis"/>.</summary>
public static class StaffCityBuilder
{
    public static StaffCityView? Build(Dataset dataset, AnalysisIndex index, Texts.Texts t)
    {
        var staff = index.Staff;
        if (!staff.Any)
        {
            return null;
        }

        var staffMetrics = SchoolMetricInfo.In(MetricGroup.Staff);
        var needTables = staffMetrics.Select(m => NeedTable(staff, m.Metric, t)).OfType<TableView>().ToList();
        var answer = string.Join(" ", staffMetrics.Take(2)
            .Select(m => staff.Years.LastOrDefault(y => staff.NeedGap(y, m.Metric) is not null) is { StartYear: > 0 } y
                ? StaffWords.NeedSentence(
                    t,
                    staff.NeedGap(y, m.Metric)!,
                    staff.GapTrend(m.Metric),
                    YearsOf(staff, m.Metric))
                : null)
            .OfType<string>());
        var (residuals, residualSummary) = ResidualTable(staff, t);
        return new StaffCityView(
            Answer: answer,
            NeedTables: needTables,
            Scatter: StaffCharts.NeedScatter(dataset, staff, t),
            Districts: DistrictTable(dataset, staff, t),
            Residuals: residuals,
            ResidualSummary: residualSummary,
            TestsAndMerit: TestsTable(dataset, index, t))
        {
            Reconciliation = Reconciliation(dataset, index, t),
        };
    }

    /// <summary>Where Skolverket publishes the municipality's share of certified teachers: theirs, ours, and why they
    /// differ.</summary>
    private static string Reconciliation(Dataset dataset, AnalysisIndex index, Texts.Texts t)
    {
        if (dataset.Settings.Municipalities.Count != 1)
        {
            return "";
        }

        var code = dataset.Settings.Municipalities[0];
        var year = index.Staff.Years.LastOrDefault(y => index.Municipal.Figure(
            Model.Municipal.MunicipalReportKind.Staff,
            "teachers_certified_pct",
            code,
            y.Label) is not null);
        if (year.StartYear == 0
            || index.Municipal.Figure(
                Model.Municipal.MunicipalReportKind.Staff,
                "teachers_certified_pct",
                code,
                year.Label)?.Value.Number is not { } people
            || index.Municipal.Figure(
                Model.Municipal.MunicipalReportKind.Staff,
                "fte_certified_pct",
                code,
                year.Label)?.Value.Number is not { } posts
            || index.Staff.Mean(dataset.Whole, year, SchoolMetric.CertifiedTeachersPct) is not { Value: { } ours } mean)
        {
            return "";
        }

        return t.Pick(
            $"Skolverkets egen siffra för hela {dataset.Settings.AreaName} läsåret {year.Label}: "
            + $"{t.Number(people, 1)} % av lärarna och {t.Number(posts, 1)} % av heltidstjänsterna var legitimerade "
            + $"och behöriga. Medelvärdet av skolornas andelar här är {t.Number(ours, 1)} % "
            + $"({t.Schools(mean.SchoolsIncluded, mean.SchoolsTotal)}). De skiljer sig eftersom varje skola här väger "
            + $"lika mycket oavsett storlek, skolor med ”*” inte har någon andel, och Skolverkets siffra också räknar "
            + $"lärarna i skolor utan årskurs 9.",
            $"Skolverket's own figure for all of {dataset.Settings.AreaName} in {year.Label}: {t.Number(people, 1)} % "
            + $"of the teachers and {t.Number(posts, 1)} % of the full-time posts were certified and qualified. The "
            + $"mean of the schools' shares here is {t.Number(ours, 1)} % "
            + $"({t.Schools(mean.SchoolsIncluded, mean.SchoolsTotal)}). They differ because each school here weighs "
            + $"the same whatever its size, schools with “*” have no share, and Skolverket's figure also counts the "
            + $"teachers of schools without grade 9.");
    }

    private static List<SchoolYear> YearsOf(StaffIndex staff, SchoolMetric metric) =>
        staff.Years.Where(y => staff.NeedGap(y, metric) is not null).ToList();

    private static TableView? NeedTable(StaffIndex staff, SchoolMetric metric, Texts.Texts t)
    {
        var years = YearsOf(staff, metric);
        if (years.Count == 0)
        {
            return null;
        }

        var rows = years.Select(y => staff.NeedGap(y, metric)!).Select(g => new TableRowView(g.Year.Label, null,
        [
            FigureCell.Of(g.HighNeed.Value, note: t.Schools(g.HighNeed.SchoolsIncluded, g.HighNeed.SchoolsTotal)),
            FigureCell.Of(g.LowNeed.Value, note: t.Schools(g.LowNeed.SchoolsIncluded, g.LowNeed.SchoolsTotal)),
            FigureCell.Gap(g.Gap),
        ])).ToList();
        var trend = staff.GapTrend(metric)!;
        var comparable = SchoolMetricInfo.Of(metric).ComparableFrom is { } from
            ? t.Pick(
                $" Från läsåret {from.Label} redovisar Skolverket inga lärarsiffror under 3 heltidstjänster, så de "
                + $"flesta skolors värde döljs och medelvärdena från {from.Label} gäller bara skolor med minst 3 "
                + $"tjänster: de jämförs inte med tidigare år, och trenden räknas bara från {from.Label}.",
                $" From {from.Label} Skolverket publishes no teacher figure under 3 full-time posts, so most schools' "
                + $"value is hidden and the means from {from.Label} cover only schools with at least 3 posts: they are "
                + $"not compared with earlier years, and the trend starts at {from.Label}.")
            : "";
        var slope = trend.Trend.Slope is { } b ? t.Signed(b, Trend.Decimals) : "–";
        var interval = trend.Trend.SlopeLow is { } lo && trend.Trend.SlopeHigh is { } hi
            ? t.Pick(
                $" (95 % konfidensintervall {t.Number(lo, Trend.Decimals)} till {t.Number(hi, Trend.Decimals)})",
                $" (95 % confidence interval {t.Number(lo, Trend.Decimals)} to {t.Number(hi, Trend.Decimals)})")
            : "";
        return new TableView(
            t.Pick(
                $"{MetricWords.Label(t, metric)}: skolorna med störst och minst behov",
                $"{MetricWords.Label(t, metric)}: the schools with the greatest and the least need"),
            [
                t.Pick("Läsår", "School year"),
                t.Pick("Störst behov (översta fjärdedelen)", "Greatest need (top quarter)"),
                t.Pick("Minst behov (nedersta fjärdedelen)", "Least need (bottom quarter)"),
                t.Pick("Skillnad", "Difference")],
            rows,
            t.Pick(
                $"Oviktade medelvärden av skolornas värden (varje skola räknas en gång). Skillnadens förändring per "
                + $"läsår: {slope}{interval}: {t.GapVerdict(trend.GapVerdict)}. Enhet: "
                + $"{MetricWords.Unit(t, metric)}.{comparable}",
                $"Unweighted means of the schools' values (each school counts once). The difference's change per "
                + $"school year: {slope}{interval}: {t.GapVerdict(trend.GapVerdict)}. Unit: "
                + $"{MetricWords.Unit(t, metric)}.{comparable}"));
    }

    private static TableView DistrictTable(Dataset dataset, StaffIndex staff, Texts.Texts t)
    {
        var metrics = SchoolMetricInfo.In(MetricGroup.Staff);
        var year = staff.Years[^1];
        FigureCell Cell(Area area, SchoolMetric metric) => staff.Mean(area, year, metric) is { } mean
            ? FigureCell.Of(mean.Value, note: t.Schools(mean.SchoolsIncluded, mean.SchoolsTotal))
            : FigureCell.Empty;
        var rows = dataset.Districts
            .Select(d => new TableRowView(
                d.Name, Routes.District(t, d), metrics.Select(m => Cell(dataset.AreaOf(d), m.Metric)).ToList()))
            .Append(new TableRowView(
                t.Whole(dataset.Settings.AreaName), null, metrics.Select(m => Cell(dataset.Whole, m.Metric)).ToList()))
            .ToList();
        return new TableView(
            t.Pick($"Lärare per {t.Areas.One} läsåret {year.Label}", $"Teachers by {t.Areas.One}, {year.Label}"),
            [AreaWords.Capital(t.Areas.One), .. metrics.Select(m => MetricWords.Label(t, m.Metric))],
            rows,
            t.Pick(
                "Oviktade medelvärden av skolornas värden; ”x av y skolor” är de skolor som har ett värde av alla med "
                + "en rad. ",
                "Unweighted means of the schools' values; “x of y schools” are those with a value of all with a row. ")
                + SchoolMetricTablesBuilder.UnitsNote(t, metrics));
    }

    private static (TableView Table, string Summary) ResidualTable(StaffIndex staff, Texts.Texts t)
    {
        var metrics = SchoolMetricInfo.In(MetricGroup.Staff);
        var lines = metrics
            .Select(m => (Info: m, Line: staff.Line(StaffAnalysis.ResidualKey(m.Metric))))
            .Where(l => l.Line is not null)
            .ToList();
        var year = lines.FirstOrDefault().Line?.Year;
        var rows = lines.Select(l => new TableRowView(MetricWords.Label(t, l.Info.Metric), null,
        [
            FigureCell.Of(l.Line!.Points, 0),
            FigureCell.Gap(l.Line.Slope, Association.Decimals),
            FigureCell.Words(StaffWords.Interval(t, l.Line)),
            FigureCell.Gap(l.Line.Correlation, Association.Decimals),
            FigureCell.Words(StaffWords.Direction(t, l.Line)),
        ])).ToList();
        var table = new TableView(
            t.Pick(
                $"Meritvärde jämfört med förväntat, mot lärarmåtten, {year?.Label}",
                $"Merit value against expected, by teacher measure, {year?.Label}"),
            [
                t.Pick("Mått", "Measure"),
                t.Pick("Skolor", "Schools"),
                t.Pick("Lutning (poäng per enhet)", "Slope (points per unit)"),
                t.Pick("95 % konfidensintervall", "95 % confidence interval"),
                "r",
                t.Pick("Samband", "Association")],
            rows,
            t.Pick(
                "Lutningen är hur mycket skolans meritvärde minus det förväntade (residualen) i genomsnitt ändras när "
                + "lärarmåttet ökar en enhet, enligt en rät linje över skolorna; r är korrelationen. Det är ett "
                + "samband mellan skolor samma läsår, inte en effekt: skolor med fler lärare kan skilja sig på mycket "
                + "annat.",
                "The slope is how much the school's merit value minus the expected one (the residual) changes on "
                + "average when the teacher measure rises by one unit, by a straight line across the schools; r is the "
                + "correlation. It is an association between schools in the same year, not an effect: schools with "
                + "more teachers may differ in much else."));
        var ppt = lines.FirstOrDefault(l => l.Info.Metric == SchoolMetric.PupilsPerTeacher).Line;
        var summary = ppt is null ? "" : ppt.Slope is { } slope && ppt.Verdict != TrendVerdict.NoClearChange
            ? t.Pick(
                $"Läsåret {ppt.Year.Label} låg skolor med {(slope < 0 ? "färre" : "fler")} elever per lärare i "
                + $"genomsnitt högre över sitt förväntade meritvärde "
                + $"({t.Number(Math.Abs(slope), Association.Decimals)} poäng per elev per lärare, "
                + $"{ppt.Points} skolor). Det är ett samband, inte en effekt.",
                $"In {ppt.Year.Label} schools with {(slope < 0 ? "fewer" : "more")} pupils per teacher were on average "
                + $"further above their expected merit value ({t.Number(Math.Abs(slope), Association.Decimals)} points "
                + $"per pupil per teacher, {ppt.Points} schools). It is an association, not an effect.")
            : t.Pick(
                $"Läsåret {ppt.Year.Label} går det inte att se att skolor med fler eller färre elever per lärare "
                + $"ligger högre eller lägre än sitt förväntade meritvärde ({ppt.Points} skolor; "
                + $"{StaffWords.Direction(t, ppt)}). Det vore i vilket fall ett samband, inte en effekt.",
                $"In {ppt.Year.Label} schools with more or fewer pupils per teacher cannot be seen to lie above or "
                + $"below their expected merit value ({ppt.Points} schools; {StaffWords.Direction(t, ppt)}). It would "
                + $"in any case be an association, not an effect.");
        return (table, summary);
    }

    /// <summary>The merit value beside the four national tests in the highest- and lowest-need quarters.</summary>
    private static TableView? TestsTable(Dataset dataset, AnalysisIndex index, Texts.Texts t)
    {
        var staff = index.Staff;
        var tests = SchoolMetricInfo.In(MetricGroup.NationalTest);
        var year = dataset.Years.LastOrDefault(y => tests.Any(m => staff.NeedGap(y, m.Metric) is not null));
        if (year.StartYear == 0 || index.UnweightedGap(year, Measure.MeritValue) is not { } merit)
        {
            return null;
        }

        var gaps = tests.Select(m => staff.NeedGap(year, m.Metric)).ToList();
        TableRowView Row(string header, decimal? meritValue, Func<MetricNeedGap, decimal?> pick, bool signed) =>
            new(header, null,
            [
                signed ? FigureCell.Gap(meritValue) : FigureCell.Of(meritValue),
                .. gaps.Select(g => g is null
                    ? FigureCell.Empty
                    : signed ? FigureCell.Gap(pick(g)) : FigureCell.Of(pick(g)))]);
        return new TableView(
            t.Pick(
                $"Meritvärde och nationella prov efter behov, {year.Label}",
                $"Merit value and national tests by need, {year.Label}"),
            [
                t.Pick("Skolor", "Schools"),
                t.MeasureLabel(Measure.MeritValue),
                .. tests.Select(m => MetricWords.Label(t, m.Metric))],
            [
                Row(
                    t.Pick("Störst behov (översta fjärdedelen)", "Greatest need (top quarter)"),
                    merit.HighNeed.Value,
                    g => g.HighNeed.Value,
                    false),
                Row(
                    t.Pick("Minst behov (nedersta fjärdedelen)", "Least need (bottom quarter)"),
                    merit.LowNeed.Value,
                    g => g.LowNeed.Value,
                    false),
                Row(t.Pick("Skillnad", "Difference"), merit.Gap, g => g.Gap, true),
            ],
            t.Pick(
                "Oviktade medelvärden. Meritvärdet (0–340) summerar slutbetygen i 17 ämnen, provbetygen (0–20) är de "
                + "nationella provens; där de skiljer sig åt mellan grupperna mer än betygen gör syns det här. "
                + "Fjärdedelarna tas för varje mått över de skolor som har ett värde, så grupperna kan skilja sig "
                + "något mellan kolumnerna.",
                "Unweighted means. The merit value (0–340) sums the final grades in 17 subjects, the test grades "
                + "(0–20) are the national tests'; where they differ between the groups more than the grades do, it "
                + "shows here. The quarters are taken for each measure over the schools with a value, so the groups "
                + "may differ slightly between columns."));
    }
}
