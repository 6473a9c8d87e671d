using Site.Compute.Analysis;
using Site.Compute.Views;
using Site.Model;
using Site.Render;

namespace Site.Compute;

/// <summary>The charts of each page kind, built from the same aggregates as the tables beside them.</summary>
public static class ChartBuilders
{
    public static ChartView SchoolMeasure(Dataset dataset, School school, District? district, MeasureInfo info, AnalysisIndex index)
    {
        var years = dataset.Years;
        var labels = years.Select(y => y.Label).ToList();
        var own = years.Select(y => dataset.ResultsOf(school.Code).FirstOrDefault(r => r.Year == y && r.Measure == info.Measure)?.Value.Number).ToList();
        var series = new List<ChartSeries> { new(school.Name, ChartSeriesRole.Primary, labels, null, own) };
        if (district is not null)
        {
            series.Add(new(district.Name, ChartSeriesRole.Secondary, labels, null, years.Select(y => index.Aggregate(district.Slug, y, info.Measure).Mean.Value).ToList()));
        }

        series.Add(new($"Hela {dataset.Settings.AreaName}", ChartSeriesRole.Reference, labels, null, years.Select(y => index.Aggregate(Aggregates.CityArea, y, info.Measure).Mean.Value).ToList()));
        return new ChartView(ChartKind.Years, $"{info.ShortLabel} per läsår", Summaries.Change(Summaries.Subject(info), years.Zip(own).ToList(), Summaries.Unit(info) == " poäng" ? "" : " procent"), null, info.ShortLabel, series);
    }

    public static ChartView DistrictGap(Dataset dataset, District district, AnalysisIndex index)
    {
        var years = dataset.Years;
        var info = MeasureInfo.Of(Measure.MeritValue);
        var gaps = years.Select(y => index.Aggregate(district.Slug, y, Measure.MeritValue).GapToCity).ToList();
        return new ChartView(
            ChartKind.Years,
            $"Meritvärde: skillnad mot hela {dataset.Settings.AreaName}",
            Summaries.Change($"Skillnaden i meritvärde mellan {district.Name} och hela {dataset.Settings.AreaName}", years.Zip(gaps).ToList(), " poäng", signed: true),
            null,
            "Skillnad, poäng",
            [new(district.Name, ChartSeriesRole.Primary, years.Select(y => y.Label).ToList(), null, gaps)]);
    }

    public static ChartView? SocioeconomicGap(Dataset dataset, AnalysisIndex index)
    {
        var years = dataset.Years;
        var gaps = years.Select(y => index.Gap(y, Measure.MeritValue)?.Gap).ToList();
        return gaps.All(g => g is null) ? null : new ChartView(
            ChartKind.Years,
            "Meritvärde: skolorna med störst behov minus skolorna med minst behov",
            Summaries.Change("Skillnaden i meritvärde mellan skolorna med störst och minst socioekonomiskt behov", years.Zip(gaps).ToList(), " poäng", signed: true),
            null,
            "Skillnad, poäng",
            [new("Skillnad", ChartSeriesRole.Primary, years.Select(y => y.Label).ToList(), null, gaps)]);
    }

    public static ChartView DistrictGaps(Dataset dataset, AnalysisIndex index)
    {
        var latest = dataset.Years[^1];
        var rows = dataset.Districts.Select(d => (d.Name, Gap: index.Aggregate(d.Slug, latest, Measure.MeritValue).GapToCity)).ToList();
        var known = rows.Where(r => r.Gap is not null).OrderBy(r => r.Gap).ToList();
        var summary = known.Count == 0
            ? $"Inga skillnader kan räknas ut för läsåret {latest.Label}."
            : $"Läsåret {latest.Label} låg meritvärdet längst över stadens genomsnitt i {known[^1].Name} ({Signed(known[^1].Gap!.Value)} poäng) och längst under i {known[0].Name} ({Signed(known[0].Gap!.Value)} poäng).";
        return new ChartView(ChartKind.Bars, $"Meritvärde {latest.Label}: stadsdelsområdenas skillnad mot hela {dataset.Settings.AreaName}", summary, "Skillnad, poäng", null,
            [new("Skillnad mot staden", ChartSeriesRole.Bars, rows.Select(r => r.Name).ToList(), null, rows.Select(r => r.Gap).ToList())]);
    }

    public static ChartView? IndexScatter(Dataset dataset, AnalysisIndex index)
    {
        var latest = dataset.Years[^1];
        var points = dataset.Schools
            .Select(s => (s.Name, Index: NeedIndex.Of(dataset.BackgroundOf(s.Code)), Value: dataset.ResultsOf(s.Code).FirstOrDefault(r => r.Year == latest && r.Measure == Measure.MeritValue)?.Value.Number))
            .Where(p => p.Index is not null && p.Value is not null)
            .OrderBy(p => p.Index)
            .ToList();
        if (points.Count < ExpectedVsActual.MinimumSchools || LeastSquares.Fit(points.Select(p => ((IReadOnlyList<double>)[(double)p.Index!.Value], (double)p.Value!.Value)).ToList()) is not { } fit)
        {
            return null;
        }

        var (low, high) = (points[0].Index!.Value, points[^1].Index!.Value);
        var perTen = (decimal)fit.Coefficients[1] * 10;
        var summary = $"Läsåret {latest.Label} hade skolor med högre behovsindex i genomsnitt {(perTen < 0 ? "lägre" : "högre")} meritvärde: {SwedishFormat.Number(Math.Abs(perTen), 1)} poäng för varje 10 enheter högre index ({points.Count} skolor).";
        return new ChartView(ChartKind.Scatter, $"Behovsindex och meritvärde {latest.Label}", summary, "Behovsindex (0–100)", "Meritvärde",
        [
            new("Skolor", ChartSeriesRole.Points, null, points.Select(p => p.Index!.Value).ToList(), points.Select(p => p.Value).ToList(), points.Select(p => p.Name).ToList()),
            new("Genomsnittligt samband", ChartSeriesRole.Fit, null, [low, high], [(decimal)fit.Predict([(double)low]), (decimal)fit.Predict([(double)high])]),
        ]);
    }

    public static ChartView? Funding(Dataset dataset, AnalysisIndex index)
    {
        if (index.FundingYears.Count == 0)
        {
            return null;
        }

        var year = index.FundingYears[^1];
        var points = dataset.Districts
            .Select(d => (d.Name, Funding: index.Funding(d.Slug, year)?.MeanSekPerPupil, Merit: dataset.Years.Contains(year) ? index.Aggregate(d.Slug, year, Measure.MeritValue).Mean.Value : null))
            .Where(p => p.Funding is not null && p.Merit is not null)
            .ToList();
        if (points.Count < 2)
        {
            return null;
        }

        var most = points.MaxBy(p => p.Funding)!;
        var least = points.MinBy(p => p.Funding)!;
        var summary = $"Läsåret {year.Label} fick {most.Name} mest tilläggsanslag per elev ({SwedishFormat.Number(most.Funding!.Value, 0)} kr) och hade meritvärdet {SwedishFormat.Number(most.Merit!.Value, 1)}; {least.Name} fick minst ({SwedishFormat.Number(least.Funding!.Value, 0)} kr) och hade {SwedishFormat.Number(least.Merit!.Value, 1)}.";
        return new ChartView(ChartKind.Scatter, $"Tilläggsanslag per elev och meritvärde per stadsdelsområde, {year.Label}", summary, "Tilläggsanslag, kr per elev", "Meritvärde",
            [new("Stadsdelsområden", ChartSeriesRole.Points, null, points.Select(p => p.Funding!.Value).ToList(), points.Select(p => p.Merit).ToList(), points.Select(p => p.Name).ToList())]);
    }

    private static string Signed(decimal value) => (value > 0 ? "+" : "") + SwedishFormat.Number(value, 1);
}
