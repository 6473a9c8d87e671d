namespace Site.Compute.Analysis;

/// <summary>
/// A least-squares fit y = b0 + b1·x1 + … with what its intervals need: A = (XᵀWX)⁻¹, B = Σ wᵢ² xᵢxᵢᵀ and the residual
/// standard deviation s (W the weights, all 1 for an unweighted fit). R² is the weighted share of variation explained.
/// </summary>
public sealed record LinearModel(
    int Observations,
    IReadOnlyList<double> Coefficients,
    double ResidualStandardDeviation,
    double RSquared,
    double[,] InverseGram,
    double[,] SquaredWeightGram,
    bool Weighted,
    double MeanWeight = 1)
{
    public int DegreesOfFreedom => Observations - Coefficients.Count;

    public double Predict(IReadOnlyList<double> predictors)
    {
        var y = Coefficients[0];
        for (var i = 0; i < predictors.Count; i++)
        {
            y += Coefficients[i + 1] * predictors[i];
        }

        return y;
    }

    /// <summary>Half the width of the 95 % prediction interval for a new school with these predictors: t·s·√(1 +
    /// x₀ᵀAx₀) (unweighted).</summary>
    public double PredictionHalfWidth(IReadOnlyList<double> predictors)
    {
        var x = WithIntercept(predictors);
        return StudentT.Critical95(
            DegreesOfFreedom) * ResidualStandardDeviation * Math.Sqrt(1 + Quadratic(x, InverseGram, x));
    }

    /// <summary>
    /// Half the width of the 95 % interval for the residual of a school in the fit, whose weight is
    /// <paramref name="weight"/>: t·s·√v with v = 1 − 2w·xᵀAx + xᵀABAx, the variance of an in-sample residual over σ²
    /// when the schools' deviations are equally variable. With equal weights v = 1 − h, h the school's leverage.
    /// </summary>
    public double ResidualHalfWidth(IReadOnlyList<double> predictors, double weight) =>
        StudentT.Critical95(
            DegreesOfFreedom) * ResidualStandardDeviation * Math.Sqrt(
                Math.Max(0, ResidualVariance(predictors, weight)));

    /// <summary>v for one school with its weight as given to the fit (pupils): see
    /// <see cref="ResidualHalfWidth"/>.</summary>
    public double ResidualVariance(IReadOnlyList<double> predictors, double weight)
    {
        // The fit scaled the weights to a mean of 1; A and B are on that scale.
        weight /= MeanWeight;
        var x = WithIntercept(predictors);
        var ax = Multiply(InverseGram, x);
        var bax = Multiply(SquaredWeightGram, ax);
        return 1 - (2 * weight * Dot(x, ax)) + Dot(ax, bax);
    }

    private static double[] WithIntercept(IReadOnlyList<double> predictors)
    {
        var x = new double[predictors.Count + 1];
        x[0] = 1;
        for (var i = 0; i < predictors.Count; i++)
        {
            x[i + 1] = predictors[i];
        }

        return x;
    }

    private static double Quadratic(double[] x, double[,] m, double[] y) => Dot(x, Multiply(m, y));

    private static double[] Multiply(double[,] m, double[] x)
    {
        var result = new double[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            for (var j = 0; j < x.Length; j++)
            {
                result[i] += m[i, j] * x[j];
            }
        }

        return result;
    }

    private static double Dot(double[] a, double[] b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }
}
