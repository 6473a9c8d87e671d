using Site.Compute.Analysis;
using Site.Compute.Views;
using Site.Model;
using Site.Render;

namespace Site.Compute;

/// <summary>Builds a school page's analysis: comparisons with its district and the city, expected vs actual, background, allocation.</summary>
public static class SchoolAnalysisBuilder
{
    public static SchoolAnalysisView Build(Dataset dataset, School school, AnalysisIndex index)
    {
        var results = dataset.ResultsOf(school.Code);
        var years = results.Select(r => r.Year).Distinct().Order().ToList();
        var district = dataset.Districts.FirstOrDefault(d => d.Name == school.DistrictName);
        var area = dataset.Settings.AreaName;

        var comparisons = MeasureInfo.All.Select(m =>
        {
            var own = years.Select(y => (Year: y, Value: results.FirstOrDefault(r => r.Year == y && r.Measure == m.Measure)?.Value)).ToList();
            var rows = own.Select(o => new TableRowView(o.Year.Label, null,
            [
                FigureCell.From(CellView.From(o.Value)),
                district is null ? FigureCell.Empty : FigureCell.Of(index.Aggregate(district.Slug, o.Year, m.Measure).Mean.Value),
                FigureCell.Of(index.Aggregate(Aggregates.CityArea, o.Year, m.Measure).Mean.Value),
            ])).ToList();
            var trend = Trends.Of(own.Select(o => (o.Year, o.Value?.Number)).ToList());
            rows.Add(new TableRowView("Skolans trend", null, [FigureCell.Words(Words.Verdict(trend.Verdict)), FigureCell.Empty, FigureCell.Empty]));
            return new TableView(
                $"{m.ShortLabel}: {school.Name} jämfört med {(district is null ? "" : $"{district.Name} och ")}hela {area}",
                ["Läsår", "Skolan", .. district is null ? Array.Empty<string>() : [district.Name], $"Hela {area}"],
                district is null ? rows.Select(r => r with { Cells = [r.Cells[0], r.Cells[2]] }).ToList() : rows,
                "Områdenas värden är medelvärden av skolornas värden (se Så räknar vi). Trenden avgörs av lutningen över alla år med värde; ”ökar” eller ”minskar” skrivs bara när den är tydlig.");
        }).ToList();

        var expectedRows = years.SelectMany(y => MeasureInfo.All.Select(m => (Year: y, Info: m, Result: index.Expected(school.Code, y, m.Measure))))
            .Where(x => x.Result is not null)
            .Select(x => new TableRowView(x.Year.Label, null,
            [
                FigureCell.Words(x.Info.ShortLabel),
                FigureCell.Of(x.Result!.Actual),
                FigureCell.Of(x.Result.Expected),
                FigureCell.Gap(x.Result.Residual),
                FigureCell.Words($"{Signed(x.Result.IntervalLow)} till {Signed(x.Result.IntervalHigh)}"),
                FigureCell.Words(Words.Expected(x.Result.Label)),
            ])).ToList();
        var expected = expectedRows.Count == 0 ? null : new TableView(
            $"{school.Name}: faktiskt resultat och vad elevernas bakgrund förutsäger",
            ["Läsår", "Mått", "Faktiskt", "Förväntat", "Skillnad", "95 % intervall för skillnaden", "Bedömning"],
            expectedRows,
            "Förväntat värde från en regression över stadens skolor samma läsår på andelen elever med högutbildade föräldrar och andelen med utländsk bakgrund. ”Klart över/under” bara när hela intervallet ligger på ena sidan om noll. Ett samband, inte ett mått på skolans kvalitet.");

        var background = dataset.BackgroundOf(school.Code) is { } b
            ? new TableView(
                $"Elevernas bakgrund, läsåret {b.Year.Label} (årskurs 1–9)",
                ["Uppgift", "Värde"],
                [
                    new TableRowView("Andel elever med föräldrar med eftergymnasial utbildning, %", null, [FigureCell.From(CellView.From(b.ParentsPostSecondaryPct))]),
                    new TableRowView("Andel elever med utländsk bakgrund, %", null, [FigureCell.From(CellView.From(b.ForeignBackgroundPct))]),
                    new TableRowView("Behovsindex (0–100)", null, [FigureCell.Of(NeedIndex.Of(b))]),
                    new TableRowView("Elever i årskurs 1–9", null, [FigureCell.From(CellView.From(b.Pupils), 0)]),
                ],
                "Källa: Skolverket, Antal elever per årskurs. Behovsindex = medelvärdet av andelen elever vars föräldrar saknar eftergymnasial utbildning och andelen med utländsk bakgrund.")
            : null;

        var allocations = dataset.AllocationsBySchool.TryGetValue(school.Code, out var rows2) ? rows2 : [];
        var allocation = allocations.Count == 0 ? null : new TableView(
            $"Socioekonomiskt tilläggsanslag för {school.Name}",
            ["Läsår", "Kr per elev", "Behovsindex", "Elever"],
            allocations.Select(a => new TableRowView(a.Year.Label, null, [FigureCell.Of(a.SekPerPupil, 0), FigureCell.Of(a.SocioeconomicIndex), FigureCell.Of(a.Pupils, 0)])).ToList());

        var charts = MeasureInfo.All.Select(m => ChartBuilders.SchoolMeasure(dataset, school, district, m, index)).ToList();
        return new SchoolAnalysisView(comparisons, charts, expected, ExpectedSummary(school, years, index), background, allocation, allocation is null ? null : AllocationNotices.For(dataset));
    }

    private static string? ExpectedSummary(School school, IReadOnlyList<SchoolYear> years, AnalysisIndex index)
    {
        var latest = years.LastOrDefault(y => index.Expected(school.Code, y, Measure.MeritValue) is not null);
        if (index.Expected(school.Code, latest, Measure.MeritValue) is not { } e)
        {
            return null;
        }

        return $"Läsåret {latest.Label} var meritvärdet {SwedishFormat.Number(e.Actual, 1)} och elevernas bakgrund förutsäger {SwedishFormat.Number(e.Expected, 1)}; skillnaden {Signed(e.Residual)} poäng är {Words.Expected(e.Label)}.";
    }

    private static string Signed(decimal value) => (value > 0 ? "+" : "") + SwedishFormat.Number(value, 1);
}
