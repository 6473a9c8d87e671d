using Site.Compute.Analysis.Staff;
using Site.Compute.Texts;
using Site.Compute.Views;
using Site.Model;

namespace Site.Compute.Resources;

/// <summary>The chart of need against pupils per teacher, its line from the published coefficients.</summary>
public static class StaffCharts
{
    public static ChartView? NeedScatter(Dataset dataset, StaffIndex staff, Texts.Texts t)
    {
        if (staff.Line(StaffAnalysis.NeedKey) is not { Slope: { } slope, Intercept: { } intercept } line)
        {
            return null;
        }

        var year = line.Year;
        var points = dataset.Schools
            .Select(s => (
                s.Name,
                Index: NeedIndex.Of(dataset.BackgroundOf(s.Code)),
                Value: dataset.MetricOf(s.Code, year, SchoolMetric.PupilsPerTeacher)?.Number))
            .Where(p => p.Index is not null && p.Value is not null)
            .OrderBy(p => p.Index)
            .ToList();
        var (low, high) = (points[0].Index!.Value, points[^1].Index!.Value);
        decimal At(decimal x) => Math.Round(intercept + slope * x, 1, MidpointRounding.AwayFromZero);
        var perTen = slope * 10;
        var summary = line.Verdict == Analysis.TrendVerdict.NoClearChange
            ? t.Pick(
                $"Läsåret {year.Label} hade skolor med högre behovsindex inte tydligt fler eller färre elever per "
                + $"lärare ({line.Points} skolor; lutningens 95-procentiga intervall "
                + $"{StaffWords.Interval(t, line)} per indexenhet innehåller noll).",
                $"In {year.Label} schools with a higher need index had not clearly more or fewer pupils per teacher "
                + $"({line.Points} schools; the slope's 95 % interval {StaffWords.Interval(t, line)} per index unit "
                + $"includes zero).")
            : t.Pick(
                $"Läsåret {year.Label} hade skolor med högre behovsindex i genomsnitt "
                + $"{(perTen < 0 ? "färre" : "fler")} elever per lärare: {t.Number(Math.Abs(perTen), 2)} för varje 10 "
                + $"enheter högre index ({line.Points} skolor).",
                $"In {year.Label} schools with a higher need index had on average "
                + $"{(perTen < 0 ? "fewer" : "more")} pupils per teacher: {t.Number(Math.Abs(perTen), 2)} for every 10 "
                + $"units of index ({line.Points} schools).");
        var table = new TableView(
            t.Pick(
                $"Behovsindex och elever per lärare per skola, {year.Label}",
                $"Need index and pupils per teacher by school, {year.Label}"),
            [
                t.Pick("Skola", "School"),
                t.Pick("Behovsindex", "Need index"),
                MetricWords.Label(t, SchoolMetric.PupilsPerTeacher)],
            points
                .OrderBy(p => p.Name, SwedishComparer.Instance)
                .Select(p => new TableRowView(p.Name, null, [FigureCell.Of(p.Index), FigureCell.Of(p.Value)]))
                .ToList(),
            t.Pick(
                $"Linjen: elever per lärare = "
                + $"{t.Number(intercept, 3)} {(slope < 0 ? "−" : "+")} {t.Number(Math.Abs(slope), 3)} × behovsindex "
                + $"(minsta kvadratmetoden över skolorna, r = {StaffWords.Value(t, line.Correlation)}); i "
                + $"staff_lines.csv.",
                $"The line: pupils per teacher = "
                + $"{t.Number(intercept, 3)} {(slope < 0 ? "−" : "+")} {t.Number(Math.Abs(slope), 3)} × need index "
                + $"(least squares across the schools, r = {StaffWords.Value(t, line.Correlation)}); in "
                + $"staff_lines.csv."));
        var series = IndexScatterSeries.Of(t, points, low, high, At);
        return new ChartView(
            ChartKind.Scatter,
            t.Pick(
                $"Behovsindex och elever per lärare {year.Label}",
                $"Need index and pupils per teacher {year.Label}"),
            summary,
            t.Pick(
                "Behovsindex (0–100)",
                "Need index (0–100)"), MetricWords.Label(t, SchoolMetric.PupilsPerTeacher), series)
        {
            Table = table,
            Key = "need_teachers",
            Source = FrameBuilder.StaffSource(dataset, t, year),
            Citation = FrameBuilder.StaffCitation(dataset, t, year),
        };
    }
}
