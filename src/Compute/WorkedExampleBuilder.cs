using Site.Compute.Analysis;
using Site.Compute.Views;
using Site.Model;

namespace Site.Compute;

/// <summary>Builds the worked example from the smallest district that has at least three reported meritvärden in the latest year.</summary>
public static class WorkedExampleBuilder
{
    public static WorkedExampleView? Build(Dataset dataset, AnalysisIndex index)
    {
        var year = dataset.Years[^1];
        var candidates = dataset.Districts
            .Select(d => (District: d, Schools: dataset.Schools.Where(s => s.DistrictName == d.Name).OrderBy(s => s.Name, SwedishComparer.Instance).ToList()))
            .Select(c => (c.District, c.Schools, Values: c.Schools.Select(s => (School: s, Value: dataset.ResultsOf(s.Code).FirstOrDefault(r => r.Year == year && r.Measure == Measure.MeritValue)?.Value)).Where(v => v.Value is not null).ToList()))
            .Where(c => c.Values.Count(v => v.Value!.Value.Number is not null) >= 3)
            .OrderBy(c => c.Values.Count)
            .ThenBy(c => c.District.Name, SwedishComparer.Instance)
            .ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var (district, _, values) = candidates[0];
        var aggregate = index.Aggregate(district.Slug, year, Measure.MeritValue);
        var city = index.Aggregate(Aggregates.CityArea, year, Measure.MeritValue);
        if (aggregate.Mean.Value is not { } mean || city.Mean.Value is not { } cityMean || aggregate.Mean.Method != MeanMethod.Unweighted)
        {
            return null;
        }

        var schools = new TableView(
            $"Meritvärde läsåret {year.Label}, skolorna i {district.Name}",
            ["Skola", "Meritvärde", "Ingår"],
            values.Select(v => new TableRowView(v.School.Name, Paths.School(v.School.Code),
            [
                FigureCell.From(CellView.From(v.Value)),
                FigureCell.Words(v.Value!.Value.Number is null ? "nej" : "ja"),
            ])).ToList());
        var sum = values.Select(v => v.Value!.Value.Number).OfType<decimal>().Sum();
        return new WorkedExampleView(district.Name, year.Label, dataset.Settings.AreaName, schools, sum, aggregate.Mean.SchoolsIncluded, aggregate.Mean.SchoolsTotal, mean, cityMean, city.Mean.SchoolsIncluded, city.Mean.SchoolsTotal, mean - cityMean, Models(index, year));
    }

    private static TableView? Models(AnalysisIndex index, SchoolYear year)
    {
        var models = index.Result.Models.Where(m => m.Year == year).OrderBy(m => m.Measure).ToList();
        return models.Count == 0 ? null : new TableView(
            $"Regressionen läsåret {year.Label}: förväntat = b₀ + b₁ · andel med högutbildade föräldrar + b₂ · andel med utländsk bakgrund",
            ["Mått", "Skolor", "b₀", "b₁", "b₂", "s (residualernas standardavvikelse)", "R²"],
            models.Select(m => new TableRowView(MeasureInfo.Of(m.Measure).ShortLabel, null,
            [
                FigureCell.Of(m.Model.Observations, 0),
                FigureCell.Of((decimal)m.Model.Coefficients[0], 3),
                FigureCell.Of((decimal)m.Model.Coefficients[1], 4),
                FigureCell.Of((decimal)m.Model.Coefficients[2], 4),
                FigureCell.Of((decimal)m.Model.ResidualStandardDeviation, 2),
                FigureCell.Of((decimal)m.Model.RSquared, 3),
            ])).ToList());
    }
}
