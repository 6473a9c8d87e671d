using Site.Compute.Analysis;
using Site.Compute.Views;
using Site.Model;

namespace Site.Compute;

/// <summary>The charts of each page kind, built from the same aggregates as the tables beside them.</summary>
public static class ChartBuilders
{
    public static ChartView SchoolMeasure(
        Dataset dataset,
        School school,
        District? district,
        MeasureInfo info,
        AnalysisIndex index,
        Texts.Texts t)
    {
        var years = dataset.Years;
        var labels = dataset.YearLabels;
        var own = years.Select(y => dataset.ResultOf(school.Code, y, info.Measure)?.Value.Number).ToList();
        var series = new List<ChartSeries>(3) { new(school.Name, ChartSeriesRole.Primary, labels, null, own) };
        if (district is not null)
        {
            series.Add(new(
                district.Name,
                ChartSeriesRole.Secondary,
                labels,
                null,
                index.UnweightedMeans(dataset.AreaOf(district), info.Measure, years)));
        }

        series.Add(new(
            t.Whole(dataset.Settings.AreaName),
            ChartSeriesRole.Reference,
            labels,
            null,
            index.UnweightedMeans(dataset.Whole, info.Measure, years)));
        var label = t.MeasureLabel(info.Measure);
        var summary = Summaries.Change(
            t,
            t.MeasureSubject(info.Measure),
            Pairs(years, own),
            index.SchoolTrend(school.Code, info.Measure)?.Trend.Verdict ?? TrendVerdict.TooFewYears,
            Summaries.Unit(t, info.Measure));
        return new ChartView(
            ChartKind.Years, t.Pick($"{label} per läsår", $"{label} by school year"), summary, null, label, series)
        {
            Key = info.Code,
        };
    }

    public static ChartView DistrictGap(Dataset dataset, District district, AnalysisIndex index, Texts.Texts t)
    {
        var years = dataset.Years;
        var info = MeasureInfo.Of(Measure.MeritValue);
        var own = dataset.AreaOf(district);
        var gaps = years.Select(y => index.Unweighted(own, y, Measure.MeritValue).GapToCity).ToList();
        return new ChartView(
            ChartKind.Years,
            t.Pick(
                $"Meritvärde: skillnad mot hela {dataset.Settings.AreaName}",
                $"Merit value: difference from all of {dataset.Settings.AreaName}"),
            Summaries.Change(
                t,
                t.Pick(
                    $"Skillnaden i meritvärde mellan {district.Name} och hela {dataset.Settings.AreaName}",
                    $"The merit value difference between {district.Name} and all of {dataset.Settings.AreaName}"),
                Pairs(years, gaps),
                index.Trend(dataset.AreaOf(district), Measure.MeritValue, TrendQuantity.GapToCity).GapVerdict
                    ?? TrendVerdict.TooFewYears,
                t.Points,
                gap: true),
            null,
            t.Pick("Skillnad, poäng", "Difference, points"),
            [new(district.Name, ChartSeriesRole.Primary, dataset.YearLabels, null, gaps)])
        { Key = "gap_to_city" };
    }

    public static ChartView? SocioeconomicGap(Dataset dataset, AnalysisIndex index, Texts.Texts t)
    {
        var years = dataset.Years;
        var gaps = years.Select(y => index.Gap(y, Measure.MeritValue)?.Gap).ToList();
        return gaps.All(g => g is null) ? null : new ChartView(
            ChartKind.Years,
            t.Pick(
                "Meritvärde: skolorna med störst behov minus skolorna med minst behov",
                "Merit value: schools with the greatest need minus schools with the least"),
            Summaries.Change(
                t,
                t.Pick(
                    "Skillnaden i meritvärde mellan skolorna med störst och minst socioekonomiskt behov",
                    "The merit value gap between the schools with the greatest and the least socioeconomic need"),
                Pairs(years, gaps),
                index.Trend(dataset.Whole, Measure.MeritValue, TrendQuantity.SocioeconomicGap).GapVerdict
                    ?? TrendVerdict.TooFewYears,
                t.Points,
                gap: true),
            null,
            t.Pick("Skillnad, poäng", "Difference, points"),
            [new(t.Pick("Skillnad", "Gap"), ChartSeriesRole.Primary, dataset.YearLabels, null, gaps)])
        { Key = "socioeconomic_gap" };
    }

    public static ChartView DistrictGaps(Dataset dataset, AnalysisIndex index, Texts.Texts t)
    {
        var latest = dataset.Years[^1];
        var rows = dataset.Districts
            .Select(d => (d.Name, Gap: index.Aggregate(dataset.AreaOf(d), latest, Measure.MeritValue).GapToCity))
            .ToList();
        var known = rows.Where(r => r.Gap is not null).OrderBy(r => r.Gap).ToList();
        var summary = known.Count == 0
            ? t.Pick(
                $"Inga skillnader kan räknas ut för läsåret {latest.Label}.",
                $"No differences can be computed for {latest.Label}.")
            : t.Pick(
                $"Läsåret {latest.Label} låg meritvärdet längst över {t.Areas.OfWhole} genomsnitt i "
                + $"{known[^1].Name} ({t.Signed(known[^1].Gap!.Value)} poäng) och längst under i "
                + $"{known[0].Name} ({t.Signed(known[0].Gap!.Value)} poäng).",
                $"In {latest.Label} the merit value was furthest above {t.Areas.OfWhole} mean in "
                + $"{known[^1].Name} ({t.Signed(known[^1].Gap!.Value)} points) and furthest below in "
                + $"{known[0].Name} ({t.Signed(known[0].Gap!.Value)} points).");
        return new ChartView(
            ChartKind.Bars,
            t.Pick(
                $"Meritvärde {latest.Label}: {t.Areas.TheMany}s skillnad mot hela {dataset.Settings.AreaName}",
                $"Merit value {latest.Label}: each {t.Areas.One}'s difference from all of {dataset.Settings.AreaName}"),
            summary,
            t.Pick("Skillnad, poäng", "Difference, points"),
            null,
            [new(
                t.Pick($"Skillnad mot {t.Areas.Whole}", $"Difference from {t.Areas.Whole}"),
                ChartSeriesRole.Bars,
                rows.Select(r => r.Name).ToList(),
                null,
                rows.Select(r => r.Gap).ToList())])
        { Key = "area_gaps" };
    }

    /// <summary>Above this many schools a school page's scatter shows only its own area's schools.</summary>
    public const int LocalScatterAbove = 400;

    /// <summary>
    /// The scatter's points (name, need index, latest merit value) and the area they are of (null: the whole), as the
    /// chart on <paramref name="marked"/>'s page (or the city's, for null) draws them.
    /// </summary>
    public static (District? Local, IReadOnlyList<(string Name, decimal? Index, decimal? Value)> Points) ScatterPoints(
        Dataset dataset, AnalysisIndex index, School? marked)
    {
        var latest = dataset.Years[^1];
        // On a school page of a big site (a county, the country) every school's point on every page would make each
        // page a country's worth of points: there the chart shows the school's own area around the same line.
        var local = marked?.District is { } area && dataset.Schools.Count > LocalScatterAbove ? area : null;
        return (local, index.ScatterPoints(
            local is null ? dataset.Whole : dataset.AreaOf(local),
            () => (local is null ? dataset.Schools : dataset.SchoolsIn(local))
            .Select(s => (
                s.Name,
                Index: NeedIndex.Of(dataset.BackgroundOf(s.Code)),
                Value: dataset.ResultOf(s.Code, latest, Measure.MeritValue)?.Value.Number))
            .Where(p => p.Index is not null && p.Value is not null)
            .OrderBy(p => p.Index)
            .ToList()));
    }

    /// <summary>The line the scatter draws: the latest year's merit value against the need index, or null (no
    /// chart).</summary>
    public static NeedGradient? ScatterFit(Dataset dataset, AnalysisIndex index) =>
        index.Result.NeedGradients.FirstOrDefault(g => g.Year == dataset.Years[^1] && g.Measure == Measure.MeritValue);

    /// <summary>The city's need-index scatter with its fitted line; on a school page, with that school
    /// marked.</summary>
    public static ChartView? IndexScatter(Dataset dataset, AnalysisIndex index, Texts.Texts t, School? marked = null)
    {
        var latest = dataset.Years[^1];
        var (local, points) = ScatterPoints(dataset, index, marked);
        if (ScatterFit(dataset, index) is not { } fit)
        {
            return null;
        }

        var (low, high) = (fit.LowIndex, fit.HighIndex);
        var perTen = fit.Slope * 10;
        var summary = t.Pick(
            $"Läsåret {latest.Label} hade skolor med högre behovsindex i genomsnitt "
            + $"{(perTen < 0 ? "lägre" : "högre")} meritvärde: {t.Number(Math.Abs(perTen), 1)} poäng för varje 10 "
            + $"enheter högre index "
            + $"({fit.Schools} skolor){(local is null ? "" : $"; diagrammet visar de {points.Count} skolorna i "
                + $"{local.Name}")}.",
            $"In {latest.Label} schools with a higher need index had on average a "
            + $"{(perTen < 0 ? "lower" : "higher")} merit value: {t.Number(Math.Abs(perTen), 1)} points for every 10 "
            + $"units of index "
            + $"({fit.Schools} schools){(local is null ? "" : $"; the chart shows the {points.Count} schools in "
                + $"{local.Name}")}.");
        // Every school's row only where no school is marked (the city's chart); a school's chart has its own row.
        TableView AllSchools() => new(
            t.Pick(
                $"Behovsindex och meritvärde per skola, {latest.Label}",
                $"Need index and merit value by school, {latest.Label}"),
            [t.Pick("Skola", "School"), t.Pick("Behovsindex", "Need index"), t.MeasureLabel(Measure.MeritValue)],
            points
                .OrderBy(p => p.Name, SwedishComparer.Instance)
                .Select(p => new TableRowView(p.Name, null, [FigureCell.Of(p.Index), FigureCell.Of(p.Value)]))
                .ToList());
        TableView? table = null;
        var series = IndexScatterSeries.Of(t, points, low, high, fit.At);
        var title = t.Pick($"Behovsindex och meritvärde {latest.Label}", $"Need index and merit value {latest.Label}");
        if (marked is not null
            && NeedIndex.Of(dataset.BackgroundOf(marked.Code)) is { } at
            && dataset.ResultOf(marked.Code, latest, Measure.MeritValue)?.Value.Number is { } own)
        {
            series.Add(new(marked.Name, ChartSeriesRole.Highlight, null, [at], [own], [marked.Name]));
            summary += t.Pick(
                $" {marked.Name} är markerad: behovsindex {t.Number(at, 1)}, meritvärde {t.Number(own, 1)}; linjen ger "
                + $"{t.Number(fit.At(at), 1)} vid samma index.",
                $" {marked.Name} is marked: need index {t.Number(at, 1)}, merit value {t.Number(own, 1)}; the line "
                + $"gives {t.Number(fit.At(at), 1)} at the same index.");
            table = new TableView(
                t.Pick($"{marked.Name} i diagrammet, {latest.Label}", $"{marked.Name} in the chart, {latest.Label}"),
                [
                    t.Pick("Skola", "School"),
                    t.Pick("Behovsindex", "Need index"),
                    t.MeasureLabel(Measure.MeritValue),
                    t.Pick("Linjen vid samma index", "The line at the same index")],
                [new TableRowView(
                    marked.Name,
                    null,
                    [FigureCell.Of(at), FigureCell.Of(own), FigureCell.Of(fit.At(at))])],
                t.Pick(
                    "Alla skolors punkter står i tabellen på förstasidan och i school_background.csv; linjen i "
                    + "need_gradient.csv.",
                    "Every school's point is in the table on the front page and in school_background.csv; the line in "
                    + "need_gradient.csv."));
        }

        return new ChartView(ChartKind.Scatter, title, summary, t.Pick(
            "Behovsindex (0–100)",
            "Need index (0–100)"), t.MeasureLabel(
                Measure.MeritValue), series)
        { Table = table ?? AllSchools(), Key = "need_index" };
    }

    /// <summary>
    /// Each year with its value, as Zip pairs them, in a list sized once: Zip's list grew by doubling, 26 MB of a
    /// national build's sampled allocations for the school charts' sentences alone.
    /// </summary>
    private static List<(SchoolYear, decimal?)> Pairs(IReadOnlyList<SchoolYear> years, IReadOnlyList<decimal?> values)
    {
        var count = Math.Min(years.Count, values.Count);
        var pairs = new List<(SchoolYear, decimal?)>(count);
        for (var i = 0; i < count; i++)
        {
            pairs.Add((years[i], values[i]));
        }

        return pairs;
    }
}
