using Site.Compute.Analysis;
using Site.Model;
using static Site.Compute.Data.SharedColumns;

namespace Site.Compute.Data;

/// <summary>Actual against expected per school, and the regressions behind it, each column with its accessor.</summary>
public static class ExpectedSpecs
{
    public static readonly TableOf<ExpectedResult> Expected = new(
        "expected", ("Faktiskt och förväntat", "Actual and expected"),
        (
            "Faktiskt värde jämfört med vad elevernas bakgrund förutsäger.",
            "Actual values compared with what the pupils' background predicts."),
        [
            SchoolCodeColumn.For<ExpectedResult>(e => e.SchoolCode),
            SchoolYearColumn.For<ExpectedResult>(e => e.Year.Label),
            MeasureColumn.For<ExpectedResult>(e => MeasureInfo.Of(e.Measure).Code),
            new DataColumn(
                Name: "actual",
                Type: "number",
                Swedish: "Skolans redovisade värde.",
                English: "The school's published value.")
            .Number<ExpectedResult>(e => e.Actual, 1),
            MethodColumn.For<ExpectedResult>(e => Codes.Method(e.Method)),
            new DataColumn(
                Name: "pupils",
                Type: "integer",
                Swedish: "Skolans elever i årskurs 9: dess vikt när regressionen är elevviktad.",
                English: "The school's grade 9 pupils: its weight when the regression is pupil-weighted.")
            .Integer<ExpectedResult>(e => e.Pupils),
            new DataColumn(
                Name: "expected",
                Type: "number",
                Swedish: "Värdet enligt regressionen på bakgrundsandelarna (expected_models.csv), avrundat till en "
                    + "decimal.",
                English: "The value from the regression on the background shares (expected_models.csv), rounded to one "
                    + "decimal.")
            .Number<ExpectedResult>(e => e.Expected, ExpectedResult.Decimals),
            new DataColumn(
                Name: "residual",
                Type: "number",
                Swedish: "actual − expected.",
                English: "actual − expected.")
            .Number<ExpectedResult>(e => e.Residual, ExpectedResult.Decimals),
            new DataColumn(
                Name: "variance_factor",
                Type: "number",
                Swedish: "v = 1 − 2w·xᵀAx + xᵀABAx: residualens varians delad med σ² (1 − h för en oviktad regression, "
                    + "h = skolans hävstång).",
                English: "v = 1 − 2w·xᵀAx + xᵀABAx: the residual's variance over σ² (1 − h for an unweighted "
                    + "regression, h = the school's leverage).")
            .Number<ExpectedResult>(e => e.VarianceFactor, ExpectedResult.VarianceDecimals),
            new DataColumn(
                Name: "half_width",
                Type: "number",
                Swedish: "Halva bredden av residualens 95-procentiga intervall: t_critical · residual_sd · "
                    + "√variance_factor (expected_models.csv), avrundad till en decimal.",
                English: "Half the width of the residual's 95 % interval: t_critical · residual_sd · √variance_factor "
                    + "(expected_models.csv), rounded to one decimal.")
            .Number<ExpectedResult>(e => e.HalfWidth, ExpectedResult.Decimals),
            new DataColumn(
                Name: "interval_low",
                Type: "number",
                Swedish: "residual − half_width.",
                English: "residual − half_width.")
            .Number<ExpectedResult>(e => e.IntervalLow, ExpectedResult.Decimals),
            new DataColumn(
                Name: "interval_high",
                Type: "number",
                Swedish: "residual + half_width.",
                English: "residual + half_width.")
            .Number<ExpectedResult>(e => e.IntervalHigh, ExpectedResult.Decimals),
            new DataColumn(
                Name: "label",
                Type: "string",
                Swedish: "clearly_above (interval_low > 0), clearly_below (interval_high < 0) eller within_expected.",
                English: "clearly_above (interval_low > 0), clearly_below (interval_high < 0) or within_expected.")
            .For<ExpectedResult>(e => Codes.Label(e.Label)),
        ],
        ["school_code", "school_year", "measure"],
        referencesSchools: true);

    public static readonly TableOf<ExpectedModel> ExpectedModels = new(
        "expected_models", ("Regressionerna bakom förväntat värde", "The regressions behind the expected values"),
        (
            "Koefficienter och anpassning för varje läsårs och måtts regression på elevernas bakgrund.",
            "Coefficients and fit of every school year's and measure's regression on the pupils' background."),
        [
            new DataColumn(
                Name: "school_year",
                Type: "string",
                Swedish: "Läsår.",
                English: "School year.")
            .For<ExpectedModel>(m => m.Year.Label),
            new DataColumn(
                Name: "measure",
                Type: "string",
                Swedish: "Måttet.",
                English: "The measure.")
            .For<ExpectedModel>(m => MeasureInfo.Of(m.Measure).Code),
            new DataColumn(
                Name: "method",
                Type: "string",
                Swedish: "pupil_weighted (varje elev väger lika i linjen) eller unweighted (varje skola väger lika).",
                English: "pupil_weighted (every pupil counts once in the line) or unweighted (every school once).")
            .For<ExpectedModel>(m => Codes.Method(m.Method)),
            new DataColumn(
                Name: "n_schools",
                Type: "integer",
                Swedish: "Skolor i regressionen (n).",
                English: "Schools in the regression (n).")
            .Integer<ExpectedModel>(m => m.Model.Observations),
            new DataColumn(
                Name: "b0",
                Type: "number",
                Swedish: "Konstanten.",
                English: "The intercept.")
            .For<ExpectedModel>(m => Coefficient(m, 0)),
            new DataColumn(
                Name: "b1_parents_post_secondary",
                Type: "number",
                Swedish: "Koefficienten för andelen elever med föräldrar med eftergymnasial utbildning, per "
                    + "procentenhet.",
                English: "The coefficient of the share of pupils whose parents have post-secondary education, per "
                    + "percentage point.")
            .For<ExpectedModel>(m => Coefficient(m, 1)),
            new DataColumn(
                Name: "b2_foreign_background",
                Type: "number",
                Swedish: "Koefficienten för andelen elever med utländsk bakgrund, per procentenhet.",
                English: "The coefficient of the share of pupils with foreign background, per percentage point.")
            .For<ExpectedModel>(m => Coefficient(m, 2)),
            new DataColumn(
                Name: "residual_sd",
                Type: "number",
                Swedish: "s, residualernas standardavvikelse.",
                English: "s, the residual standard deviation.")
            .Number<ExpectedModel>(m => (decimal)m.Model.ResidualStandardDeviation, ExpectedVsActual.ResidualDecimals),
            new DataColumn(
                Name: "r_squared",
                Type: "number",
                Swedish: "R², den (viktade) andel av variationen som modellen förklarar.",
                English: "R², the (weighted) share of the variation the model explains.")
            .Number<ExpectedModel>(m => (decimal)m.Model.RSquared, 3),
            new DataColumn(
                Name: "t_critical",
                Type: "number",
                Swedish: "Students t för 95 % med n − 3 frihetsgrader.",
                English: "Student's t for 95 % with n − 3 degrees of freedom.")
            .Number<ExpectedModel>(m => (decimal)StudentT.Critical95(m.Model.DegreesOfFreedom), Trend.TDecimals),
        ],
        ["school_year", "measure"]);

    private static string Coefficient(ExpectedModel model, int index) =>
        Invariant.Number((decimal)model.Model.Coefficients[index], ExpectedVsActual.CoefficientDecimals);
}
