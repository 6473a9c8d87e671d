namespace Site.Compute.Analysis;

/// <summary>A least-squares fit y = b0 + b1·x1 + … with what a prediction interval needs: (XᵀX)⁻¹ and the residual standard deviation.</summary>
public sealed record LinearModel(int Observations, IReadOnlyList<double> Coefficients, double ResidualStandardDeviation, double RSquared, double[,] InverseGram)
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

    /// <summary>Half the width of the 95 % prediction interval for a school with these predictors: t·s·√(1 + x₀ᵀ(XᵀX)⁻¹x₀).</summary>
    public double PredictionHalfWidth(IReadOnlyList<double> predictors)
    {
        var x = new double[predictors.Count + 1];
        x[0] = 1;
        for (var i = 0; i < predictors.Count; i++)
        {
            x[i + 1] = predictors[i];
        }

        var leverage = 0.0;
        for (var i = 0; i < x.Length; i++)
        {
            for (var j = 0; j < x.Length; j++)
            {
                leverage += x[i] * InverseGram[i, j] * x[j];
            }
        }

        return StudentT.Critical95(DegreesOfFreedom) * ResidualStandardDeviation * Math.Sqrt(1 + leverage);
    }
}
