using Site.Compute.Analysis;
using Site.Compute.Views;
using Site.Model;

namespace Site.Compute;

/// <summary>Builds a school page's analysis: comparisons with its district and the city, expected vs actual,
/// background, allocation.</summary>
public static class SchoolAnalysisBuilder
{
    public static SchoolAnalysisView Build(Dataset dataset, School school, AnalysisIndex index, Texts.Texts t)
    {
        var years = dataset.YearsOf(school.Code);
        var district = school.District;
        var area = dataset.Settings.AreaName;

        var positions = dataset.YearPositions;
        var comparisons = MeasureInfo.All.Select(m =>
        {
            // The areas' means are the lists the charts read, as cells (one list per area and measure and build).
            var districtMeans = district is null
                ? null
                : index.UnweightedMeanCells(dataset.AreaOf(district), m.Measure, dataset.Years);
            var cityMeans = index.UnweightedMeanCells(dataset.Whole, m.Measure, dataset.Years);
            var rows = years.Select(y => new TableRowView(y.Label, null,
            [
                FigureCell.From(dataset.ResultOf(school.Code, y, m.Measure)?.Value),
                districtMeans is null ? FigureCell.Empty : districtMeans[positions[y]],
                cityMeans[positions[y]],
            ])).ToList();
            var verdict = index.SchoolTrend(school.Code, m.Measure)?.Trend.Verdict ?? TrendVerdict.TooFewYears;
            rows.Add(
                new TableRowView(
                    t.Pick("Skolans trend", "The school's trend"),
                    null,
                    [FigureCell.Words(t.Verdict(verdict)), FigureCell.Empty, FigureCell.Empty]));
            return new TableView(
                t.Pick(
                    $"{t.MeasureLabel(m.Measure)}: {school.Name} jämfört med "
                    + $"{(district is null ? "" : $"{district.Name} och ")}hela {area}",
                    $"{t.MeasureLabel(m.Measure)}: {school.Name} compared with "
                    + $"{(district is null ? "" : $"{district.Name} and ")}all of {area}"),
                [
                    t.Pick("Läsår", "School year"),
                    t.Pick("Skolan", "The school"),
                    .. district is null ? Array.Empty<string>() : [district.Name],
                    t.Whole(area)],
                district is null ? rows.Select(r => r with { Cells = [r.Cells[0], r.Cells[2]] }).ToList() : rows,
                t.Pick(
                    "Områdenas värden är oviktade medelvärden av skolornas värden alla år, så att åren går att jämföra "
                    + "(metoden står på sidan Så räknar vi, länkad i sidfoten). Trenden avgörs av lutningen över alla "
                    + "år med värde; ”ökar” eller ”minskar” skrivs bara när den är tydlig.",
                    "The areas' values are unweighted means of the schools' values in every year, so that the years "
                    + "compare (the method is on the page How we calculate, linked in the footer). The trend is the "
                    + "slope over all years with a value; “increasing” or “decreasing” is written only when it is "
                    + "clear."));
        }).ToList();

        var expectedRows = years.SelectMany(y => MeasureInfo.All.Select(m => (
            Year: y,
            Info: m,
            Result: index.Expected(school.Code, y, m.Measure))))
            .Where(x => x.Result is not null)
            .Select(x => new TableRowView(x.Year.Label, null,
            [
                FigureCell.Words(t.MeasureLabel(x.Info.Measure)),
                FigureCell.Of(x.Result!.Actual),
                FigureCell.Of(x.Result.Expected),
                FigureCell.Gap(x.Result.Residual),
                FigureCell.Words(
                    $"{t.Signed(x.Result.IntervalLow)} {t.Pick("till", "to")} {t.Signed(x.Result.IntervalHigh)}"),
                FigureCell.Words(t.Expected(x.Result.Label)),
            ])).ToList();
        var expected = expectedRows.Count == 0 ? null : new TableView(
            t.Pick(
                $"{school.Name}: faktiskt resultat och vad elevernas bakgrund förutsäger",
                $"{school.Name}: actual results and what the pupils' background predicts"),
            [
                t.Pick("Läsår", "School year"),
                t.Pick("Mått", "Measure"),
                t.Pick("Faktiskt", "Actual"),
                t.Pick("Förväntat", "Expected"),
                t.Pick("Skillnad", "Difference"),
                t.Pick("95 % intervall för skillnaden", "95 % interval of the difference"),
                t.Pick("Bedömning", "Assessment")],
            expectedRows,
            t.Pick(
                $"Förväntat värde från en regression över {t.Areas.OfWhole} skolor samma läsår på andelen elever med "
                + $"högutbildade föräldrar och andelen med utländsk bakgrund. ”Klart över/under” bara när hela "
                + $"intervallet ligger på ena sidan om noll. Ett samband, inte ett mått på skolans kvalitet.",
                $"Expected value from a regression across {t.Areas.OfWhole} schools in the same school year on the "
                + $"share of pupils whose parents have post-secondary education and the share with foreign background. "
                + $"“Clearly above/below” only when the whole interval lies on one side of zero. An association, not a "
                + $"measure of the school's quality."));

        var background = dataset.BackgroundOf(school.Code) is { } b
            ? new TableView(
                t.Pick(
                    $"Elevernas bakgrund, läsåret {b.Year.Label} (årskurs 1–9)",
                    $"The pupils' background, {b.Year.Label} (grades 1–9)"),
                [t.Pick("Uppgift", "Item"), t.Pick("Värde", "Value")],
                [
                    new TableRowView(
                        t.Pick(
                            "Andel elever med föräldrar med eftergymnasial utbildning, %",
                            "Pupils whose parents have post-secondary education, %"),
                        null,
                        [FigureCell.From(b.ParentsPostSecondaryPct)]),
                    new TableRowView(
                        t.Pick("Andel elever med utländsk bakgrund, %", "Pupils with foreign background, %"),
                        null,
                        [FigureCell.From(b.ForeignBackgroundPct)]),
                    new TableRowView(
                        t.Pick("Behovsindex (0–100)", "Need index (0–100)"),
                        null,
                        [FigureCell.Of(NeedIndex.Of(b))]),
                    new TableRowView(
                        t.Pick("Elever i årskurs 1–9", "Pupils in grades 1–9"),
                        null,
                        [FigureCell.From(b.Pupils, 0)]),
                ],
                t.Pick(
                    "Källa: Skolverket, Antal elever per årskurs. Behovsindex = medelvärdet av andelen elever vars "
                    + "föräldrar saknar eftergymnasial utbildning och andelen med utländsk bakgrund.",
                    "Source: Skolverket, pupils per grade. Need index = the mean of the share of pupils whose parents "
                    + "lack post-secondary education and the share with foreign background."))
            : null;

        var allocations = dataset.AllocationsBySchool.TryGetValue(school.Code, out var rows2) ? rows2 : [];
        var allocation = allocations.Count == 0 ? null : new TableView(
            t.Pick(
                $"Socioekonomiskt tilläggsanslag för {school.Name}",
                $"Socioeconomic allocation for {school.Name}") + t.Illustrative(
                    dataset.Allocation is { Illustrative: true }),
            [
                t.Pick("Läsår", "School year"),
                t.Pick("Kr per elev", "SEK per pupil"),
                t.Pick("Behovsindex", "Need index"),
                t.Pick("Elever", "Pupils")],
            allocations
                .Select(a => new TableRowView(
                    a.Year.Label,
                    null,
                    [FigureCell.Of(a.SekPerPupil, 0), FigureCell.Of(a.SocioeconomicIndex), FigureCell.Of(a.Pupils, 0)]))
                .ToList());

        var charts = MeasureInfo.All
            .Select(m => ChartBuilders.SchoolMeasure(dataset, school, district, m, index, t))
            .ToList();
        var answers = SchoolAnswersBuilder.Build(dataset, school, index, t);
        return new SchoolAnalysisView(
            comparisons,
            charts,
            expected,
            answers[^1],
            background,
            allocation,
            allocation is null ? null : AllocationNotices.For(dataset),
            Answers: answers,
            Scatter: ChartBuilders.IndexScatter(dataset, index, t, school))
        {
            Similar = SimilarSchoolsTableBuilder.Build(dataset, school, index, t),
            CompareHref = Routes.Compare(
                t,
                index.SimilarTo(school.Code).Take(3).Select(s => s.SimilarCode).Prepend(school.Code)),
            Resources = Resources.SchoolMetricTablesBuilder.Build(dataset, school, t),
        };
    }
}
