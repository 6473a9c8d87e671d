using Site.Compute.Analysis;
using Site.Compute.Views;
using Site.Model;

namespace Site.Compute;

/// <summary>Builds the worked example from the smallest district that has at least three reported meritvärden in the
/// latest year.</summary>
public static class WorkedExampleBuilder
{
    public static WorkedExampleView? Build(Dataset dataset, AnalysisIndex index, Texts.Texts t)
    {
        var year = dataset.Years[^1];
        var candidates = dataset.Districts
            .Select(d => (
                District: d,
                Schools: dataset.SchoolsIn(d).OrderBy(s => s.Name, SwedishComparer.Instance).ToList()))
            .Select(c => (
                c.District,
                c.Schools,
                Values: c.Schools
                    .Select(s => (School: s, Value: dataset.ResultOf(s.Code, year, Measure.MeritValue)?.Value))
                    .Where(v => v.Value is not null)
                    .ToList()))
            .Where(c => c.Values.Count(v => v.Value!.Value.Number is not null) >= 3)
            .OrderBy(c => c.Values.Count)
            .ThenBy(c => c.District.Name, SwedishComparer.Instance)
            .ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var (district, _, values) = candidates[0];
        var aggregate = index.Aggregate(dataset.AreaOf(district), year, Measure.MeritValue);
        var city = index.Aggregate(dataset.Whole, year, Measure.MeritValue);
        if (aggregate.Mean.Value is not { } mean
            || city.Mean.Value is not { } cityMean
            || aggregate.GapToCity is not { } gap)
        {
            return null;
        }

        var weighted = aggregate.Mean.Method == MeanMethod.PupilWeighted;
        var pupils = values.Select(v => dataset.PupilCountOf(v.School.Code, year)?.Count).ToList();
        var schools = new TableView(
            t.Pick(
                $"Meritvärde läsåret {year.Label}, skolorna i {district.Name}",
                $"Merit value {year.Label}, the schools in {district.Name}"),
            [
                t.Pick("Skola", "School"),
                t.MeasureLabel(Measure.MeritValue),
                t.Pick("Elever i årskurs 9", "Grade 9 pupils"),
                t.Pick("Ingår", "Included")],
            values.Select((v, i) => new TableRowView(v.School.Name, Routes.School(t, v.School.Code),
            [
                FigureCell.From(v.Value),
                pupils[i] is { } count ? FigureCell.From(count, 0) : FigureCell.Empty,
                FigureCell.Words(v.Value!.Value.Number is null ? t.Pick("nej", "no") : t.Pick("ja", "yes")),
            ])).ToList());
        // The mean's own sums: the published values, times the pupils where the mean is weighted.
        var included = values
            .Select((v, i) => (Value: v.Value!.Value.Number, Pupils: pupils[i]?.Number))
            .Where(v => v.Value is not null)
            .ToList();
        var sum = included.Sum(v => v.Value!.Value * (weighted ? v.Pupils!.Value : 1));
        var divisor = weighted ? included.Sum(v => v.Pupils!.Value) : included.Count;
        return new WorkedExampleView(
            DistrictName: district.Name,
            Year: year.Label,
            AreaName: dataset.Settings.AreaName,
            Schools: schools,
            PupilWeighted: weighted,
            Sum: sum,
            Divisor: divisor,
            Included: aggregate.Mean.SchoolsIncluded,
            Total: aggregate.Mean.SchoolsTotal,
            Mean: mean,
            CityMean: cityMean,
            CityIncluded: city.Mean.SchoolsIncluded,
            CityTotal: city.Mean.SchoolsTotal,
            Gap: gap,
            Models: Models(index, year, t));
    }

    private static TableView? Models(AnalysisIndex index, SchoolYear year, Texts.Texts t)
    {
        var models = index.Result.Models.Where(m => m.Year == year).OrderBy(m => m.Measure).ToList();
        return models.Count == 0 ? null : new TableView(
            t.Pick(
                $"Regressionen läsåret {year.Label}: förväntat = b₀ + b₁ · andel med högutbildade föräldrar + b₂ · "
                + $"andel med utländsk bakgrund",
                $"The regression for {year.Label}: expected = b₀ + b₁ · share with highly educated parents + b₂ · "
                + $"share with foreign background"),
            [
                t.Pick("Mått", "Measure"),
                t.Pick("Skolor", "Schools"),
                "b₀",
                "b₁",
                "b₂",
                t.Pick("s (residualernas standardavvikelse)", "s (residual standard deviation)"),
                "R²"],
            models.Select(m => new TableRowView(t.MeasureLabel(m.Measure), null,
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
