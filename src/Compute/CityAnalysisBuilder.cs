using Site.Compute.Analysis;
using Site.Compute.Texts;
using Site.Compute.Views;
using Site.Model;

namespace Site.Compute;

/// <summary>Builds the city page's analysis tables from the computed aggregates, gaps and funding.</summary>
public static class CityAnalysisBuilder
{
    public static CityAnalysisView Build(Dataset dataset, AnalysisIndex index, Texts.Texts t)
    {
        var years = dataset.Years;
        var latest = years[^1];
        var area = dataset.Settings.AreaName;

        TableView? socio = null;
        string? socioSummary = null;
        if (years.Any(y => index.Gap(y, Measure.MeritValue) is not null))
        {
            var rows = years
                .Select(y => new TableRowView(
                    y.Label,
                    null,
                    MeasureInfo.All.Select(m => FigureCell.Gap(index.UnweightedGap(y, m.Measure)?.Gap)).ToList()))
                .ToList();
            var verdicts = MeasureInfo.All
                .Select(m => index.Trend(dataset.Whole, m.Measure, TrendQuantity.SocioeconomicGap).GapVerdict
                    ?? TrendVerdict.NoClearChange)
                .ToList();
            rows.Add(
                new TableRowView(
                    t.Pick("Skillnaden över åren", "The gap over the years"),
                    null,
                    verdicts.Select(v => FigureCell.Words(t.GapVerdict(v))).ToList()));
            socio = new TableView(
                t.Pick(
                    $"Skolorna med störst behov minus skolorna med minst behov, {area}",
                    $"Schools with the greatest need minus schools with the least, {area}"),
                [t.Pick("Läsår", "School year"), .. t.MeasureLabels],
                rows,
                t.Pick(
                    "Medelvärdet för skolorna i den fjärdedel med högst behovsindex minus medelvärdet för den "
                    + "fjärdedel med lägst. Ett negativt tal betyder att skolorna med störst behov har lägre resultat. "
                    + "”Minskar” betyder att skillnaden krymper.",
                    "The mean of the quarter of schools with the highest need index minus the mean of the quarter with "
                    + "the lowest. A negative number means the schools with the greatest need have lower results. "
                    + "“Decreasing” means the gap is narrowing."));
            socioSummary = SocioSummary(index, years, verdicts[0], t);
        }

        var districtGaps = MeasureInfo.All.Select(m => new TableView(
            t.Pick(
                $"{t.MeasureLabel(m.Measure)}: {t.Areas.The}s skillnad mot hela {area}",
                $"{t.MeasureLabel(m.Measure)}: each {t.Areas.One}'s difference from all of {area}"),
            [
                AreaWords.Capital(t.Areas.One),
                .. years.Select(y => y.Label),
                t.Pick("Skillnaden över åren", "The gap over the years")],
            dataset.Districts.Select(d =>
            {
                var gaps = years.Select(y => index.Unweighted(dataset.AreaOf(d), y, m.Measure).GapToCity).ToList();
                var verdict = index.Trend(dataset.AreaOf(d), m.Measure, TrendQuantity.GapToCity).GapVerdict
                    ?? TrendVerdict.NoClearChange;
                return new TableRowView(
                    d.Name,
                    Routes.District(t, d),
                    [.. gaps.Select(g => FigureCell.Gap(g)), FigureCell.Words(t.GapVerdict(verdict))]);
            }).ToList(),
            t.GapNote)).ToList();

        var trendTable = TrendTableBuilder.For(dataset, index, dataset.Whole, t.Whole(area), t);

        return new CityAnalysisView(
            Map: DistrictMapBuilder.Build(dataset, index, t),
            SocioeconomicChart: ChartBuilders.SocioeconomicGap(dataset, index, t),
            DistrictGapChart: ChartBuilders.DistrictGaps(dataset, index, t),
            IndexScatter: ChartBuilders.IndexScatter(dataset, index, t),
            FundingChart: FundingChartBuilder.Build(dataset, index, t),
            SocioeconomicGap: socio,
            SocioeconomicSummary: socioSummary,
            DistrictGaps: districtGaps,
            TrendVerdicts: trendTable,
            Funding: FundingTable(dataset, index, t),
            AllocationNotice: AllocationNotices.For(dataset),
            ExpectedSummary: ExpectedSummary(index, latest, t))
        {
            Staff = Resources.StaffCityBuilder.Build(dataset, index, t),
            Resources = dataset.Settings.Municipalities.Count == 1
                ? Resources.MunicipalResourcesBuilder.Build(
                    dataset,
                    index,
                    dataset.Settings.Municipalities[0],
                    dataset.Settings.AreaName,
                    t)
                : null,
            MunicipalComparisons = Resources.MunicipalComparisonsBuilder.Build(dataset, index, t),
        };
    }

    private static string? SocioSummary(
        AnalysisIndex index,
        IReadOnlyList<SchoolYear> years,
        TrendVerdict verdict,
        Texts.Texts t)
    {
        var latest = years.LastOrDefault(y => index.Gap(y, Measure.MeritValue)?.Gap is not null);
        if (index.Gap(latest, Measure.MeritValue)?.Gap is not { } gap)
        {
            return null;
        }

        var points = t.Number(Math.Abs(gap), 1);
        var change = verdict switch
        {
            TrendVerdict.Decreasing => t.Pick("har minskat", "has narrowed"),
            TrendVerdict.Increasing => t.Pick("har ökat", "has widened"),
            TrendVerdict.TooFewYears => t.Pick(
                "kan inte bedömas (för få läsår)", "cannot be judged (too few school years)"),
            _ => t.Pick("har inte förändrats tydligt", "has not changed clearly"),
        };
        return t.IsSwedish
            ? $"Läsåret {latest.Label} hade skolorna med störst socioekonomiskt behov ett meritvärde som var "
                + $"{points} poäng {(gap < 0 ? "lägre" : "högre")} än skolorna med minst behov, och skillnaden "
                + $"{change} mellan {years[0].Label} och {years[^1].Label}."
            : $"In {latest.Label} the schools with the greatest socioeconomic need had a merit value {points} points "
                + $"{(gap < 0 ? "lower" : "higher")} than the schools with the least need, and the gap "
                + $"{change} between {years[0].Label} and {years[^1].Label}.";
    }

    private static TableView? FundingTable(Dataset dataset, AnalysisIndex index, Texts.Texts t)
    {
        if (index.FundingYears.Count == 0)
        {
            return null;
        }

        var year = index.FundingYears[^1];
        var rows = new List<TableRowView>();
        var areas = new[] { (dataset.Whole, t.Whole(dataset.Settings.AreaName), (string?)null) }
            .Concat(dataset.Districts.Select(d => (dataset.AreaOf(d), d.Name, (string?)Routes.District(t, d))));
        foreach (var (area, name, href) in areas)
        {
            var funding = index.Funding(area, year);
            var merit = dataset.Years.Contains(year) ? index.Aggregate(area, year, Measure.MeritValue) : null;
            rows.Add(new TableRowView(name, href,
            [
                FigureCell.Of(funding?.MeanSekPerPupil, 0),
                FigureCell.Of(funding?.MeanIndex),
                FigureCell.Of(merit?.Mean.Value),
                FigureCell.Gap(merit?.GapToCity),
            ]));
        }

        return new TableView(
            t.Pick(
                $"Socioekonomiskt tilläggsanslag och resultat, läsåret {year.Label}",
                $"Socioeconomic allocation and results, {year.Label}") + t.Illustrative(
                    dataset.Allocation is { Illustrative: true }),
            [
                t.Pick("Område", "Area"),
                t.Pick("Tilläggsanslag, kr per elev", "Allocation, SEK per pupil"),
                t.Pick("Behovsindex", "Need index"),
                t.MeasureLabel(Measure.MeritValue),
                t.Pick($"Skillnad mot {t.Areas.Whole}", $"Difference from {t.Areas.Whole}")],
            rows,
            t.Pick(
                "Anslaget gäller stadens egna (kommunala) skolor och är elevviktat. Behovsindex 0–100: högre betyder "
                + "större behov. Meritvärdet gäller alla skolor i området.",
                "The allocation goes to the city's own (municipal) schools and is pupil-weighted. Need index 0–100: "
                + "higher means greater need. The merit value covers all schools in the area."));
    }

    private static string ExpectedSummary(AnalysisIndex index, SchoolYear latest, Texts.Texts t)
    {
        var total = index.ExpectedTotal(latest, Measure.MeritValue);
        if (total == 0)
        {
            return "";
        }

        var above = index.ExpectedCount(latest, Measure.MeritValue, ExpectedLabel.ClearlyAbove);
        var below = index.ExpectedCount(latest, Measure.MeritValue, ExpectedLabel.ClearlyBelow);
        return t.Pick(
            $"Läsåret {latest.Label} hade {above} av {total} skolor ett meritvärde klart över vad elevernas bakgrund "
            + $"förutsäger och {below} klart under; övriga låg inom osäkerhetsintervallet. Se varje skolas sida.",
            $"In {latest.Label}, {above} of {total} schools had a merit value clearly above what their pupils' "
            + $"background predicts and {below} clearly below; the rest were within the uncertainty interval. See each "
            + $"school's page.");
    }
}
