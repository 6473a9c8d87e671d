using Site.Compute.Analysis;
using Site.Compute.Views;
using Site.Model;

namespace Site.Compute;

/// <summary>
/// The worked example of the method page's plain-language section: one real school's expected meritvärde, step by step,
/// from the published coefficients, shares and interval (the school nearest the middle of the need index, so that the
/// example is an ordinary one).
/// </summary>
public static class ExpectedExampleBuilder
{
    public static TableView? Build(Dataset dataset, AnalysisIndex index, Texts.Texts t)
    {
        var year = dataset.Years[^1];
        if (index.Result.Models.FirstOrDefault(m => m.Year == year && m.Measure == Measure.MeritValue) is not { } model)
        {
            return null;
        }

        var candidates = dataset.Schools
            .Select(s => (
                School: s,
                Result: index.Expected(s.Code, year, Measure.MeritValue),
                Background: dataset.BackgroundOf(s.Code)))
            .Where(c => c.Result is not null && NeedIndex.Of(c.Background) is not null)
            .OrderBy(c => NeedIndex.Of(c.Background))
            .ThenBy(c => c.School.Code, StringComparer.Ordinal)
            .ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var (school, e, background) = candidates[candidates.Count / 2];
        var b = model.Model.Coefficients
            .Select(c => Math.Round((decimal)c, ExpectedVsActual.CoefficientDecimals, MidpointRounding.AwayFromZero))
            .ToList();
        var (parents, foreign) = (
            background!.ParentsPostSecondaryPct.Number!.Value,
            background.ForeignBackgroundPct.Number!.Value);
        string N(decimal v, int d) => t.Number(v, d);
        string S(decimal v) =>
            v < 0
                ? $"− {N(-v, ExpectedVsActual.CoefficientDecimals)}"
                : $"+ {N(v, ExpectedVsActual.CoefficientDecimals)}";
        TableRowView Row(string step, string value) => new(step, null, [FigureCell.Words(value)]);
        return new TableView(
            t.Pick(
                $"Exempel: {school.Name}, meritvärde läsåret {year.Label}",
                $"Example: {school.Name}, merit value in {year.Label}"),
            [t.Pick("Steg", "Step"), t.Pick("Värde", "Value")],
            [
                Row(
                    t.Pick(
                        "Andel elever med föräldrar med eftergymnasial utbildning",
                        "Pupils whose parents have post-secondary education"),
                    $"{N(parents, 1)} %"),
                Row(
                    t.Pick("Andel elever med utländsk bakgrund", "Pupils with foreign background"),
                    $"{N(foreign, 1)} %"),
                Row(
                    t.Pick(
                        "Förväntat: linjen över stadens skolor vid skolans andelar",
                        "Expected: the line across the city's schools at the school's shares"),
                    $"{N(b[0], ExpectedVsActual.CoefficientDecimals)} {S(b[1])} × {N(parents, 1)} {S(b[2])} × "
                    + $"{N(foreign, 1)} = {N(e!.Expected, 1)}"),
                Row(t.Pick("Faktiskt meritvärde", "Actual merit value"), N(e.Actual, 1)),
                Row(
                    t.Pick("Skillnad", "Difference"),
                    $"{N(e.Actual, 1)} − {N(e.Expected, 1)} = {t.Signed(e.Residual)}"),
                Row(t.Pick("Osäkerhet (95 %)", "Uncertainty (95 %)"), $"± {N(e.HalfWidth, 1)}"),
                Row(
                    t.Pick("Intervall för skillnaden", "Interval of the difference"),
                    $"{t.Signed(e.IntervalLow)} {t.Pick("till", "to")} {t.Signed(e.IntervalHigh)}"),
                Row(t.Pick("Bedömning", "Assessment"), t.Expected(e.Label)),
            ],
            t.Pick(
                $"Koefficienterna står i expected_models.csv och skolans andelar i school_background.csv; alla skolors "
                + $"värden i expected.csv. Linjen bygger på {model.Model.Observations} skolor.",
                $"The coefficients are in expected_models.csv and the school's shares in school_background.csv; every "
                + $"school's values in expected.csv. The line is built on {model.Model.Observations} schools."));
    }
}
