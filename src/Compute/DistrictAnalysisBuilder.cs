using Site.Compute.Analysis;
using Site.Compute.Views;
using Site.Model;
using Site.Render;

namespace Site.Compute;

/// <summary>Builds a district page's analysis: gap to the city with trends, the spread of its schools, organizers, funding.</summary>
public static class DistrictAnalysisBuilder
{
    public static DistrictAnalysisView Build(Dataset dataset, District district, AnalysisIndex index)
    {
        var years = dataset.Years;
        var area = dataset.Settings.AreaName;
        var rows = years.Select(y => new TableRowView(y.Label, null, MeasureInfo.All.SelectMany(m =>
        {
            var a = index.Aggregate(district.Slug, y, m.Measure);
            return new[] { FigureCell.Of(a.Mean.Value), FigureCell.Gap(a.GapToCity) };
        }).ToList())).ToList();
        var verdicts = MeasureInfo.All.Select(m => CityAnalysisBuilder.GapVerdict(years.Select(y => (y, index.Aggregate(district.Slug, y, m.Measure).GapToCity)).ToList())).ToList();
        rows.Add(new TableRowView("Skillnaden över åren", null, verdicts.SelectMany(v => new[] { FigureCell.Empty, FigureCell.Words(Words.Verdict(v)) }).ToList()));
        var gap = new TableView(
            $"{district.Name}: medelvärde och skillnad mot hela {area} per läsår",
            ["Läsår", .. MeasureInfo.All.SelectMany(m => new[] { m.ShortLabel, "Skillnad mot staden" })],
            rows,
            Words.GapNote);

        var latestGap = index.Aggregate(district.Slug, years[^1], Measure.MeritValue).GapToCity;
        var summary = latestGap is { } g
            ? $"Läsåret {years[^1].Label} låg meritvärdet i {district.Name} {SwedishFormat.Number(Math.Abs(g), 1)} poäng {(g < 0 ? "under" : "över")} genomsnittet för hela {area}; skillnaden mot staden {VerdictPhrase(verdicts[0])} mellan {years[0].Label} och {years[^1].Label}."
            : $"Läsåret {years[^1].Label} finns inget redovisat meritvärde för skolorna i {district.Name}.";

        var schools = dataset.Schools.Where(s => s.DistrictName == district.Name).ToList();
        var spread = MeasureInfo.All.Select(m => new TableView(
            $"{m.ShortLabel}: spridningen mellan skolorna i {district.Name}",
            ["Läsår", "Skolor", "Lägst", "Nedre kvartil", "Median", "Övre kvartil", "Högst", "Kvartilavstånd"],
            years.Select(y =>
            {
                var s = Spread.Of(schools.Select(school => dataset.ResultsOf(school.Code).FirstOrDefault(r => r.Year == y && r.Measure == m.Measure)?.Value.Number).OfType<decimal>());
                return new TableRowView(y.Label, null, s is null
                    ? [FigureCell.Of(0, 0), .. Enumerable.Repeat(FigureCell.Empty, 6)]
                    : [FigureCell.Of(s.Schools, 0), FigureCell.Of(s.Min), FigureCell.Of(s.LowerQuartile), FigureCell.Of(s.Median), FigureCell.Of(s.UpperQuartile), FigureCell.Of(s.Max), FigureCell.Of(s.InterquartileRange)]);
            }).ToList(),
            "Över skolorna med ett redovisat värde. Kvartiler med linjär interpolation (som Excels KVARTIL.INK). Kvartilavstånd = övre minus nedre kvartil; variationsbredd = högst minus lägst.")).ToList();

        var latest = years[^1];
        var organizers = new TableView(
            $"{district.Name} läsåret {latest.Label}, efter huvudman",
            ["Mått", "Alla skolor", "Kommunala", "Fristående"],
            MeasureInfo.All.Select(m => new TableRowView(m.ShortLabel, null, OrganizerSplits.All.Select(split =>
            {
                var a = index.Aggregate(district.Slug, latest, m.Measure, split);
                return FigureCell.Of(a.Mean.Value, note: $"{a.Mean.SchoolsIncluded} av {a.Mean.SchoolsTotal} skolor");
            }).ToList())).ToList());

        return new DistrictAnalysisView(DistrictMapBuilder.Build(dataset, index, district.Slug), ChartBuilders.DistrictGap(dataset, district, index), gap, TrendTable.For(dataset, index, district.Slug, district.Name), summary, spread, organizers, Funding(dataset, district, index), AllocationNotices.For(dataset));
    }

    private static string VerdictPhrase(TrendVerdict verdict) => verdict switch
    {
        TrendVerdict.Decreasing => "minskade",
        TrendVerdict.Increasing => "ökade",
        _ => "förändrades inte tydligt",
    };

    private static TableView? Funding(Dataset dataset, District district, AnalysisIndex index)
    {
        if (index.FundingYears.Count == 0)
        {
            return null;
        }

        var rows = index.FundingYears.Select(y =>
        {
            var own = index.Funding(district.Slug, y);
            var city = index.Funding(Aggregates.CityArea, y);
            return new TableRowView(y.Label, null, [FigureCell.Of(own?.SchoolsWithAllocation, 0), FigureCell.Of(own?.MeanSekPerPupil, 0), FigureCell.Of(city?.MeanSekPerPupil, 0), FigureCell.Of(own?.MeanIndex), FigureCell.Of(own?.TotalSek is { } t ? t / 1_000_000m : null, 1)]);
        }).ToList();
        return new TableView(
            $"Socioekonomiskt tilläggsanslag i {district.Name}",
            ["Läsår", "Kommunala skolor med anslag", "Kr per elev", $"Kr per elev, hela {dataset.Settings.AreaName}", "Behovsindex", "Totalt, miljoner kr"],
            rows,
            "Elevviktade medelvärden över stadens egna skolor i området.");
    }
}
