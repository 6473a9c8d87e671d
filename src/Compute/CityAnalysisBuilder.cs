using Site.Compute.Analysis;
using Site.Compute.Views;
using Site.Model;
using Site.Render;

namespace Site.Compute;

/// <summary>Builds the city page's analysis tables from the computed aggregates, gaps and funding.</summary>
public static class CityAnalysisBuilder
{
    public static CityAnalysisView Build(Dataset dataset, AnalysisIndex index)
    {
        var years = dataset.Years;
        var latest = years[^1];
        var area = dataset.Settings.AreaName;

        TableView? socio = null;
        string? socioSummary = null;
        if (years.Any(y => index.Gap(y, Measure.MeritValue) is not null))
        {
            var rows = years.Select(y => new TableRowView(y.Label, null, MeasureInfo.All.Select(m => FigureCell.Gap(index.Gap(y, m.Measure)?.Gap)).ToList())).ToList();
            var verdicts = MeasureInfo.All.Select(m => GapVerdict(years.Select(y => (y, index.Gap(y, m.Measure)?.Gap)).ToList())).ToList();
            rows.Add(new TableRowView("Skillnaden över åren", null, verdicts.Select(v => FigureCell.Words(Words.Verdict(v))).ToList()));
            socio = new TableView(
                $"Skolorna med störst behov minus skolorna med minst behov, {area}",
                ["Läsår", .. Labels.MeasureShortLabels],
                rows,
                "Medelvärdet för skolorna i den fjärdedel med högst behovsindex minus medelvärdet för den fjärdedel med lägst. Ett negativt tal betyder att skolorna med störst behov har lägre resultat. ”Minskar” betyder att skillnaden krymper.");
            socioSummary = SocioSummary(index, years, verdicts[0]);
        }

        var districtGaps = MeasureInfo.All.Select(m => new TableView(
            $"{m.ShortLabel}: stadsdelsområdets skillnad mot hela {area}",
            ["Stadsdelsområde", .. years.Select(y => y.Label), "Skillnaden över åren"],
            dataset.Districts.Select(d =>
            {
                var gaps = years.Select(y => (y, index.Aggregate(d.Slug, y, m.Measure).GapToCity)).ToList();
                return new TableRowView(d.Name, Paths.District(d), [.. gaps.Select(g => FigureCell.Gap(g.GapToCity)), FigureCell.Words(Words.Verdict(GapVerdict(gaps)))]);
            }).ToList(),
            Words.GapNote)).ToList();

        var trendTable = TrendTable.For(dataset, index, Aggregates.CityArea, $"Hela {area}");

        return new CityAnalysisView(DistrictMapBuilder.Build(dataset, index), ChartBuilders.SocioeconomicGap(dataset, index), ChartBuilders.DistrictGaps(dataset, index), ChartBuilders.IndexScatter(dataset, index), ChartBuilders.Funding(dataset, index), socio, socioSummary, districtGaps, trendTable, FundingTable(dataset, index), AllocationNotices.For(dataset), ExpectedSummary(dataset, index, latest));
    }

    public static TrendVerdict GapVerdict(IReadOnlyList<(SchoolYear Year, decimal? Gap)> gaps) =>
        Trends.GapSize(Trends.Of(gaps), gaps.Select(g => g.Gap));

    private static string? SocioSummary(AnalysisIndex index, IReadOnlyList<SchoolYear> years, TrendVerdict verdict)
    {
        var latest = years.LastOrDefault(y => index.Gap(y, Measure.MeritValue)?.Gap is not null);
        if (index.Gap(latest, Measure.MeritValue)?.Gap is not { } gap)
        {
            return null;
        }

        var direction = gap < 0 ? "lägre" : "högre";
        var change = verdict == TrendVerdict.NoClearChange ? "har inte förändrats tydligt" : verdict == TrendVerdict.Decreasing ? "har minskat" : "har ökat";
        return $"Läsåret {latest.Label} hade skolorna med störst socioekonomiskt behov ett meritvärde som var {SwedishFormat.Number(Math.Abs(gap), 1)} poäng {direction} än skolorna med minst behov, och skillnaden {change} mellan {years[0].Label} och {years[^1].Label}.";
    }

    private static TableView? FundingTable(Dataset dataset, AnalysisIndex index)
    {
        if (index.FundingYears.Count == 0)
        {
            return null;
        }

        var year = index.FundingYears[^1];
        var rows = new List<TableRowView>();
        foreach (var (area, name, href) in new[] { (Aggregates.CityArea, $"Hela {dataset.Settings.AreaName}", (string?)null) }.Concat(dataset.Districts.Select(d => (d.Slug, d.Name, (string?)Paths.District(d)))))
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
            $"Socioekonomiskt tilläggsanslag och resultat, läsåret {year.Label}",
            ["Område", "Tilläggsanslag, kr per elev", "Behovsindex", "Meritvärde", "Skillnad mot staden"],
            rows,
            "Anslaget gäller stadens egna (kommunala) skolor och är elevviktat. Behovsindex 0–100: högre betyder större behov. Meritvärdet gäller alla skolor i området.");
    }

    private static string ExpectedSummary(Dataset dataset, AnalysisIndex index, SchoolYear latest)
    {
        var results = index.Result.Expected.Where(e => e.Year == latest && e.Measure == Measure.MeritValue).ToList();
        if (results.Count == 0)
        {
            return "";
        }

        var above = results.Count(r => r.Label == ExpectedLabel.ClearlyAbove);
        var below = results.Count(r => r.Label == ExpectedLabel.ClearlyBelow);
        return $"Läsåret {latest.Label} hade {above} av {results.Count} skolor ett meritvärde klart över vad elevernas bakgrund förutsäger och {below} klart under; övriga låg inom osäkerhetsintervallet. Se varje skolas sida.";
    }
}
