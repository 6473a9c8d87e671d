using Site.Compute.Analysis;
using Site.Compute.Views;
using Site.Model;

namespace Site.Compute;

/// <summary>Builds a district page's analysis: gap to the city with trends, the spread of its schools, organizers,
/// funding.</summary>
public static class DistrictAnalysisBuilder
{
    public static DistrictAnalysisView Build(Dataset dataset, District district, AnalysisIndex index, Texts.Texts t)
    {
        var years = dataset.Years;
        var area = dataset.Settings.AreaName;
        var rows = years.Select(y => new TableRowView(y.Label, null, MeasureInfo.All.SelectMany(m =>
        {
            var a = index.Unweighted(dataset.AreaOf(district), y, m.Measure);
            return new[] { FigureCell.Of(a.Mean.Value), FigureCell.Gap(a.GapToCity) };
        }).ToList())).ToList();
        var verdicts = MeasureInfo.All
            .Select(m => index.Trend(dataset.AreaOf(district), m.Measure, TrendQuantity.GapToCity).GapVerdict
                ?? TrendVerdict.NoClearChange)
            .ToList();
        rows.Add(
            new TableRowView(
                t.Pick("Skillnaden över åren", "The gap over the years"),
                null,
                verdicts.SelectMany(v => new[] { FigureCell.Empty, FigureCell.Words(t.GapVerdict(v)) }).ToList()));
        var gap = new TableView(
            t.Pick(
                $"{district.Name}: medelvärde och skillnad mot hela {area} per läsår",
                $"{district.Name}: mean and difference from all of {area} by school year"),
            [
                t.Pick("Läsår", "School year"),
                .. MeasureInfo.All.SelectMany(m => new[] { t.MeasureLabel(
                    m.Measure), t.Pick($"Skillnad mot {t.Areas.Whole}", $"Difference from {t.Areas.Whole}") })],
            rows,
            t.GapNote);

        // The sentence gives the latest year's headline gap (pupil-weighted where the year has pupil counts) and the
        // table's verdict (unweighted, as every year is): it names both methods, so that it agrees with what it sits
        // over.
        var latestMean = index.Aggregate(dataset.AreaOf(district), years[^1], Measure.MeritValue);
        var weighted = latestMean.Mean.Method == MeanMethod.PupilWeighted;
        var method = weighted
            ? t.Pick("elevviktade medelvärden", "pupil-weighted means")
            : t.Pick("oviktade medelvärden", "unweighted means");
        var tableMethod = weighted
            ? t.Pick(
                " i tabellen (oviktade medelvärden, som alla läsår har)",
                " in the table (unweighted means, which every year has)")
            : "";
        var summary = latestMean.GapToCity is { } g
            ? t.Pick(
                $"Läsåret {years[^1].Label} låg meritvärdet i {district.Name} {t.Number(Math.Abs(g), 1)} poäng "
                + $"{(g < 0 ? "under" : "över")} genomsnittet för hela "
                + $"{area} ({method}){(years.Count > 1 ? $"; skillnaden mot "
                    + $"{t.Areas.Whole}{tableMethod} {VerdictPhrase(verdicts[0], t)} mellan {years[0].Label} och "
                    + $"{years[^1].Label}" : "")}.",
                $"In {years[^1].Label} the merit value in {district.Name} was {t.Number(Math.Abs(g), 1)} points "
                + $"{(g < 0 ? "below" : "above")} the mean for all of "
                + $"{area} ({method}){(years.Count > 1 ? $"; the difference from "
                    + $"{t.Areas.Whole}{tableMethod} {VerdictPhrase(verdicts[0], t)} between {years[0].Label} and "
                    + $"{years[^1].Label}" : "")}.")
            : t.Pick(
                $"Läsåret {years[^1].Label} finns inget redovisat meritvärde för skolorna i {district.Name}.",
                $"In {years[^1].Label} no merit value is published for the schools in {district.Name}.");

        var spread = MeasureInfo.All.Select(m => new TableView(
            t.Pick(
                $"{t.MeasureLabel(m.Measure)}: spridningen mellan skolorna i {district.Name}",
                $"{t.MeasureLabel(m.Measure)}: the spread between the schools in {district.Name}"),
            [
                t.Pick("Läsår", "School year"),
                t.Pick("Skolor", "Schools"),
                t.Pick("Lägst", "Lowest"),
                t.Pick("Nedre kvartil", "Lower quartile"),
                "Median",
                t.Pick("Övre kvartil", "Upper quartile"),
                t.Pick("Högst", "Highest"),
                t.Pick("Kvartilavstånd", "Interquartile range")],
            years.Select(y =>
            {
                var s = index.Spread(dataset.AreaOf(district), y, m.Measure);
                return new TableRowView(y.Label, null, s is null
                    ? [FigureCell.Of(0, 0), .. Enumerable.Repeat(FigureCell.Empty, 6)]
                    : [
                        FigureCell.Of(s.Schools, 0),
                        FigureCell.Of(s.Min),
                        FigureCell.Of(s.LowerQuartile),
                        FigureCell.Of(s.Median),
                        FigureCell.Of(s.UpperQuartile),
                        FigureCell.Of(s.Max),
                        FigureCell.Of(s.InterquartileRange)]);
            }).ToList(),
            t.Pick(
                "Över skolorna med ett redovisat värde. Kvartiler med linjär interpolation (som Excels KVARTIL.INK). "
                + "Kvartilavstånd = övre minus nedre kvartil; variationsbredd = högst minus lägst.",
                "Over the schools with a published value. Quartiles by linear interpolation (as Excel's QUARTILE.INC). "
                + "Interquartile range = upper minus lower quartile; range = highest minus lowest."))).ToList();

        var latest = years[^1];
        var organizers = new TableView(
            t.Pick(
                $"{district.Name} läsåret {latest.Label}, efter huvudman",
                $"{district.Name} in {latest.Label}, by organizer"),
            [
                t.Pick("Mått", "Measure"),
                t.Pick("Alla skolor", "All schools"),
                t.Pick("Kommunala", "Municipal"),
                t.Pick("Fristående", "Independent")],
            MeasureInfo.All.Select(m => new TableRowView(
                t.MeasureLabel(m.Measure),
                null,
                OrganizerSplits.All.Select(split =>
                {
                    var a = index.Aggregate(dataset.AreaOf(district), latest, m.Measure, split);
                    return FigureCell.Of(a.Mean.Value, note: t.Schools(a.Mean.SchoolsIncluded, a.Mean.SchoolsTotal));
                }).ToList())).ToList());

        return new DistrictAnalysisView(
            Map: DistrictMapBuilder.Build(dataset, index, t, district),
            GapChart: ChartBuilders.DistrictGap(dataset, district, index, t),
            Gap: gap,
            Trend: TrendTableBuilder.For(dataset, index, dataset.AreaOf(district), district.Name, t),
            GapSummary: summary,
            Spread: spread,
            Organizers: organizers,
            Funding: Funding(dataset, district, index, t),
            AllocationNotice: AllocationNotices.For(dataset))
        {
            Staff = Resources.DistrictStaffBuilder.Build(dataset, district, index, t),
            Resources = district.MunicipalityCode is { } code
                ? Resources.MunicipalResourcesBuilder.Build(dataset, index, code, district.Name, t)
                : null,
        };
    }

    private static string VerdictPhrase(TrendVerdict verdict, Texts.Texts t) => verdict switch
    {
        TrendVerdict.Decreasing => t.Pick("minskade", "narrowed"),
        TrendVerdict.Increasing => t.Pick("ökade", "widened"),
        TrendVerdict.TooFewYears => t.Pick(
            "kan inte bedömas (för få läsår)",
            "cannot be judged (too few school years)"),
        _ => t.Pick("förändrades inte tydligt", "did not change clearly"),
    };

    private static TableView? Funding(Dataset dataset, District district, AnalysisIndex index, Texts.Texts t)
    {
        if (index.FundingYears.Count == 0)
        {
            return null;
        }

        var rows = index.FundingYears.Select(y =>
        {
            var own = index.Funding(dataset.AreaOf(district), y);
            var city = index.Funding(dataset.Whole, y);
            return new TableRowView(y.Label, null,
            [
                FigureCell.Of(own?.SchoolsWithAllocation, 0),
                FigureCell.Of(own?.MeanSekPerPupil, 0),
                FigureCell.Of(city?.MeanSekPerPupil, 0),
                FigureCell.Of(own?.MeanIndex),
                FigureCell.Of(own?.TotalSek is { } total ? total / 1_000_000m : null, 1),
            ]);
        }).ToList();
        return new TableView(
            t.Pick(
                $"Socioekonomiskt tilläggsanslag i {district.Name}",
                $"Socioeconomic allocation in {district.Name}") + t.Illustrative(
                    dataset.Allocation is { Illustrative: true }),
            [
                t.Pick("Läsår", "School year"),
                t.Pick("Kommunala skolor med anslag", "Municipal schools with an allocation"),
                t.Pick("Kr per elev", "SEK per pupil"),
                t.Pick(
                    $"Kr per elev, hela {dataset.Settings.AreaName}",
                    $"SEK per pupil, all of {dataset.Settings.AreaName}"),
                t.Pick("Behovsindex", "Need index"),
                t.Pick("Totalt, miljoner kr", "Total, million SEK")],
            rows,
            t.Pick(
                "Elevviktade medelvärden över stadens egna skolor i området.",
                "Pupil-weighted means over the city's own schools in the area."));
    }
}
