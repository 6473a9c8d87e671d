using Site.Compute.Analysis;
using Site.Model;

namespace Site.Tests.Compute.Analysis;

public class LeastSquaresTests
{
    [Fact]
    public void Recovers_an_exact_plane()
    {
        // y = 1 + 2·x1 + 3·x2 with no noise.
        var rows = new (IReadOnlyList<double>, double)[] { ([0, 0], 1), ([1, 0], 3), ([0, 1], 4), ([1, 1], 6), ([2, 1], 8) };

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
        // One predictor, x = 0, 1, 2, 3, y = 0, 2, 1, 3: b = 0,8, a = 0,3; residuals −0,3, 0,9, −0,9, 0,3; s² = 1,8/2 = 0,9.
        // At x0 = 1,5 (the mean): leverage = 1/4, so half-width = t(2)·√0,9·√1,25 = 4,3027·1,06066 = 4,5637.
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
        var rows = Enumerable.Range(0, 10).Select(i => ($"{i:00000000}", (decimal)(200 + i * 10 + (i % 2 == 0 ? 1 : -1)), (IReadOnlyList<double>)[i * 10.0])).ToList();
        rows[4] = (rows[4].Item1, 300m, rows[4].Item3);

        var (model, results) = ExpectedVsActual.Fit(new SchoolYear(2024), Measure.MeritValue, rows);

        Assert.NotNull(model);
        Assert.Equal(ExpectedLabel.ClearlyAbove, results.Single(r => r.SchoolCode == "00000004").Label);
        Assert.All(results.Where(r => r.SchoolCode != "00000004"), r => Assert.True(r.IntervalLow <= 0 || r.IntervalHigh >= 0));
        Assert.All(results, r => Assert.Equal(r.Actual - r.Expected, r.Residual));
    }

    [Fact]
    public void Fewer_than_ten_schools_give_no_expected_values()
    {
        var rows = Enumerable.Range(0, 9).Select(i => ($"{i:00000000}", (decimal)(200 + i), (IReadOnlyList<double>)[i, i % 3])).ToList();

        Assert.Null(ExpectedVsActual.Fit(new SchoolYear(2024), Measure.MeritValue, rows).Model);
    }

    [Theory]
    [InlineData(1, 12.7062)]
    [InlineData(3, 3.1824)]
    [InlineData(30, 2.0423)]
    [InlineData(60, 2.0003)]
    [InlineData(120, 1.9799)]
    public void Student_t_critical_values(int df, double expected) => Assert.Equal(expected, StudentT.Critical95(df), 3);
}
