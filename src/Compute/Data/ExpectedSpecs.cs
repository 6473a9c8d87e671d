using Site.Compute.Analysis;
using Site.Model;
using static Site.Compute.Data.SharedColumns;

namespace Site.Compute.Data;

/// <summary>Actual against expected per school, and the regressions behind it, each column with its accessor.</summary>
public static class ExpectedSpecs
{
    public static readonly TableOf<ExpectedResult> Expected = new(
        "expected", ("Faktiskt och förväntat", "Actual and expected"),
        ("Faktiskt värde jämfört med vad elevernas bakgrund förutsäger.", "Actual values compared with what the pupils' background predicts."),
        [
            SchoolCodeColumn.For<ExpectedResult>(e => e.SchoolCode),
            SchoolYearColumn.For<ExpectedResult>(e => e.Year.Label),
            MeasureColumn.For<ExpectedResult>(e => MeasureInfo.Of(e.Measure).Code),
            new DataColumn("actual", "number", "Skolans redovisade värde.", "The school's published value.").For<ExpectedResult>(e => Invariant.Number(e.Actual, 1)),
            MethodColumn.For<ExpectedResult>(e => Codes.Method(e.Method)),
            new DataColumn("pupils", "integer", "Skolans elever i årskurs 9: dess vikt när regressionen är elevviktad.", "The school's grade 9 pupils: its weight when the regression is pupil-weighted.").For<ExpectedResult>(e => Invariant.Integer(e.Pupils)),
            new DataColumn("expected", "number", "Värdet enligt regressionen på bakgrundsandelarna (expected_models.csv), avrundat till en decimal.", "The value from the regression on the background shares (expected_models.csv), rounded to one decimal.").For<ExpectedResult>(e => Invariant.Number(e.Expected, ExpectedResult.Decimals)),
            new DataColumn("residual", "number", "actual − expected.", "actual − expected.").For<ExpectedResult>(e => Invariant.Number(e.Residual, ExpectedResult.Decimals)),
            new DataColumn("variance_factor", "number", "v = 1 − 2w·xᵀAx + xᵀABAx: residualens varians delad med σ² (1 − h för en oviktad regression, h = skolans hävstång).", "v = 1 − 2w·xᵀAx + xᵀABAx: the residual's variance over σ² (1 − h for an unweighted regression, h = the school's leverage).").For<ExpectedResult>(e => Invariant.Number(e.VarianceFactor, ExpectedResult.VarianceDecimals)),
            new DataColumn("half_width", "number", "Halva bredden av residualens 95-procentiga intervall: t_critical · residual_sd · √variance_factor (expected_models.csv), avrundad till en decimal.", "Half the width of the residual's 95 % interval: t_critical · residual_sd · √variance_factor (expected_models.csv), rounded to one decimal.").For<ExpectedResult>(e => Invariant.Number(e.HalfWidth, ExpectedResult.Decimals)),
            new DataColumn("interval_low", "number", "residual − half_width.", "residual − half_width.").For<ExpectedResult>(e => Invariant.Number(e.IntervalLow, ExpectedResult.Decimals)),
            new DataColumn("interval_high", "number", "residual + half_width.", "residual + half_width.").For<ExpectedResult>(e => Invariant.Number(e.IntervalHigh, ExpectedResult.Decimals)),
            new DataColumn("label", "string", "clearly_above (interval_low > 0), clearly_below (interval_high < 0) eller within_expected.", "clearly_above (interval_low > 0), clearly_below (interval_high < 0) or within_expected.").For<ExpectedResult>(e => Codes.Label(e.Label)),
        ],
        ["school_code", "school_year", "measure"],
        referencesSchools: true);

    public static readonly TableOf<ExpectedModel> ExpectedModels = new(
        "expected_models", ("Regressionerna bakom förväntat värde", "The regressions behind the expected values"),
        ("Koefficienter och anpassning för varje läsårs och måtts regression på elevernas bakgrund.", "Coefficients and fit of every school year's and measure's regression on the pupils' background."),
        [
            new DataColumn("school_year", "string", "Läsår.", "School year.").For<ExpectedModel>(m => m.Year.Label),
            new DataColumn("measure", "string", "Måttet.", "The measure.").For<ExpectedModel>(m => MeasureInfo.Of(m.Measure).Code),
            new DataColumn("method", "string", "pupil_weighted (varje elev väger lika i linjen) eller unweighted (varje skola väger lika).", "pupil_weighted (every pupil counts once in the line) or unweighted (every school once).").For<ExpectedModel>(m => Codes.Method(m.Method)),
            new DataColumn("n_schools", "integer", "Skolor i regressionen (n).", "Schools in the regression (n).").For<ExpectedModel>(m => Invariant.Integer(m.Model.Observations)),
            new DataColumn("b0", "number", "Konstanten.", "The intercept.").For<ExpectedModel>(m => Coefficient(m, 0)),
            new DataColumn("b1_parents_post_secondary", "number", "Koefficienten för andelen elever med föräldrar med eftergymnasial utbildning, per procentenhet.", "The coefficient of the share of pupils whose parents have post-secondary education, per percentage point.").For<ExpectedModel>(m => Coefficient(m, 1)),
            new DataColumn("b2_foreign_background", "number", "Koefficienten för andelen elever med utländsk bakgrund, per procentenhet.", "The coefficient of the share of pupils with foreign background, per percentage point.").For<ExpectedModel>(m => Coefficient(m, 2)),
            new DataColumn("residual_sd", "number", "s, residualernas standardavvikelse.", "s, the residual standard deviation.").For<ExpectedModel>(m => Invariant.Number((decimal)m.Model.ResidualStandardDeviation, ExpectedVsActual.ResidualDecimals)),
            new DataColumn("r_squared", "number", "R², den (viktade) andel av variationen som modellen förklarar.", "R², the (weighted) share of the variation the model explains.").For<ExpectedModel>(m => Invariant.Number((decimal)m.Model.RSquared, 3)),
            new DataColumn("t_critical", "number", "Students t för 95 % med n − 3 frihetsgrader.", "Student's t for 95 % with n − 3 degrees of freedom.").For<ExpectedModel>(m => Invariant.Number((decimal)StudentT.Critical95(m.Model.DegreesOfFreedom), Trend.TDecimals)),
        ],
        ["school_year", "measure"]);

    private static string Coefficient(ExpectedModel model, int index) =>
        Invariant.Number((decimal)model.Model.Coefficients[index], ExpectedVsActual.CoefficientDecimals);
}
