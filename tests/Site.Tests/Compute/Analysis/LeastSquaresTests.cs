using Site.Compute.Analysis;
using Site.Model;

namespace Site.Tests.Compute.Analysis;

public class LeastSquaresTests
{
    [Fact]
    public void Recovers_an_exact_plane()
    {
        // y = 1 + 2·x1 + 3·x2 with no noise.
        var rows = new (IReadOnlyList<double>, double)[] { (
            [0, 0],
            1), ([1, 0], 3), ([0, 1], 4), ([1, 1], 6), ([2, 1], 8) };

        var model = LeastSquares.Fit(rows)!;

        Assert.Equal(1.0, model.Coefficients[0], 9);
        Assert.Equal(2.0, model.Coefficients[1], 9);
        Assert.Equal(3.0, model.Coefficients[2], 9);
        Assert.Equal(0.0, model.ResidualStandardDeviation, 9);
        Assert.Equal(1.0, model.RSquared, 9);
    }

    [Fact]
    public void Computes_the_prediction_interval_by_hand()
    {
        // One predictor, x = 0, 1, 2, 3, y = 0, 2, 1, 3: b = 0,8, a = 0,3; residuals −0,3, 0,9, −0,9, 0,3; s² = 1,8/2 =
        // 0,9. At x0 = 1,5 (the mean): leverage = 1/4, so half-width = t(2)·√0,9·√1,25 = 4,3027·1,06066 = 4,5637.
        var rows = new (IReadOnlyList<double>, double)[] { ([0], 0), ([1], 2), ([2], 1), ([3], 3) };

        var model = LeastSquares.Fit(rows)!;

        Assert.Equal(0.3, model.Coefficients[0], 9);
        Assert.Equal(0.8, model.Coefficients[1], 9);
        Assert.Equal(Math.Sqrt(0.9), model.ResidualStandardDeviation, 9);
        Assert.Equal(4.3027 * Math.Sqrt(0.9) * Math.Sqrt(1.25), model.PredictionHalfWidth([1.5]), 9);
    }

    [Fact]
    public void Collinear_predictors_or_too_few_rows_give_no_model()
    {
        Assert.Null(LeastSquares.Fit([([1, 2], 1), ([2, 4], 2), ([3, 6], 3), ([4, 8], 5)]));
        Assert.Null(LeastSquares.Fit([([1, 2], 1), ([2, 5], 2), ([3, 6], 3)]));
    }

    [Fact]
    public void A_school_is_clearly_above_only_when_the_interval_excludes_zero()
    {
        // Ten schools on the line y = 200 + x, one far above it.
        var rows = Enumerable.Range(0, 10)
            .Select(i => (
                $"{i:00000000}",
                (decimal)(200 + i * 10 + (i % 2 == 0 ? 1 : -1)),
                (IReadOnlyList<double>)[i * 10.0]))
            .ToList();
        rows[4] = (rows[4].Item1, 300m, rows[4].Item3);

        var (model, results) = ExpectedVsActual.Fit(new SchoolYear(2024), Measure.MeritValue, rows);

        Assert.NotNull(model);
        Assert.Equal(ExpectedLabel.ClearlyAbove, results.Single(r => r.SchoolCode == "00000004").Label);
        // The other nine lie within 1 of the line; the outlier inflates s, so their intervals all hold zero.
        Assert.All(
            results.Where(r => r.SchoolCode != "00000004"),
            r => Assert.True(r.IntervalLow <= 0 && 0 <= r.IntervalHigh, r.SchoolCode));
        Assert.Equal(ExpectedLabel.WithinExpected, results.Single(r => r.SchoolCode == "00000003").Label);
    }

    [Fact]
    public void The_interval_of_a_school_in_the_fit_is_that_of_its_in_sample_residual()
    {
        // x = 0, 1, 2, 3, y = 0, 2, 1, 3 (as above): s² = 0,9; leverage h = 1/4 + (x − 1,5)²/5, so 0,7 at x = 0 and 0,3
        // at x = 1. Var(eᵢ) = σ²(1 − h): half-widths t(2)·√0,9·√0,3 = 2,2357 and t(2)·√0,9·√0,7 = 3,4151 (a new
        // school's would use 1 + h).
        var model = LeastSquares.Fit([([0], 0), ([1], 2), ([2], 1), ([3], 3)])!;

        Assert.Equal(4.3027 * Math.Sqrt(0.9) * Math.Sqrt(0.3), model.ResidualHalfWidth([0], 1), 9);
        Assert.Equal(4.3027 * Math.Sqrt(0.9) * Math.Sqrt(0.7), model.ResidualHalfWidth([1], 1), 9);
        Assert.Equal(2.2357, model.ResidualHalfWidth([0], 1), 4);
    }

    [Fact]
    public void Agrees_with_the_published_coefficients_of_Anscombes_first_dataset()
    {
        // F. J. Anscombe, "Graphs in Statistical Analysis", The American Statistician 27 (1973): y = 3.00 + 0.500·x,
        // r = 0.816 (R² = 0.667), standard error of estimate 1.237, for every one of the quartet's four sets.
        double[] x = [10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5];
        double[] y = [8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82, 5.68];

        var model = LeastSquares.Fit(x.Zip(y, (a, b) => ((IReadOnlyList<double>)[a], b)).ToList())!;

        Assert.Equal(3.000, model.Coefficients[0], 3);
        Assert.Equal(0.500, model.Coefficients[1], 3);
        Assert.Equal(0.667, model.RSquared, 3);
        Assert.Equal(1.237, model.ResidualStandardDeviation, 3);
    }

    [Fact]
    public void Weighted_least_squares_weighs_each_row_by_its_weight()
    {
        // x = 0, 1, 2, y = 0, 1, 3, weights 1, 1, 2: weighted means x̄ = 5/4, ȳ = 7/4; Sxx = 11/4, Sxy = 17/4, so b =
        // 17/11, a = 7/4 − (17/11)(5/4) = −2/11. Residuals 2/11, −4/11, 1/11: Σwe² = 2/11; Σw(y − ȳ)² = 27/4; R² = 1 −
        // (2/11)/(27/4).
        var model = LeastSquares.Fit([([0], 0), ([1], 1), ([2], 3)], [1, 1, 2])!;

        Assert.True(model.Weighted);
        Assert.Equal(-2.0 / 11, model.Coefficients[0], 9);
        Assert.Equal(17.0 / 11, model.Coefficients[1], 9);
        Assert.Equal(1 - (2.0 / 11 / 6.75), model.RSquared, 9);
    }

    [Fact]
    public void Fewer_than_ten_schools_give_no_expected_values()
    {
        var rows = Enumerable.Range(0, 9)
            .Select(i => ($"{i:00000000}", (decimal)(200 + i), (IReadOnlyList<double>)[i, i % 3]))
            .ToList();

        Assert.Null(ExpectedVsActual.Fit(new SchoolYear(2024), Measure.MeritValue, rows).Model);
    }

    [Theory]
    [InlineData(1, 12.7062)]
    [InlineData(3, 3.1824)]
    [InlineData(30, 2.0423)]
    [InlineData(60, 2.0003)]
    [InlineData(120, 1.9799)]
    public void Student_t_critical_values(int df, double expected) =>
        Assert.Equal(expected, StudentT.Critical95(df), 3);
}
