namespace Site.Compute.Analysis;

/// <summary>
/// Least squares with an intercept, by the normal equations, ordinary or weighted; small and exact enough for a few
/// predictors. Weights are scaled to a mean of 1, so that s is on the scale of an average school whatever the weights.
/// </summary>
public static class LeastSquares
{
    /// <returns>Null when there are too few observations or the predictors are collinear.</returns>
    public static LinearModel? Fit(IReadOnlyList<(IReadOnlyList<double> X, double Y)> rows) => Fit(rows, null);

    /// <param name="weights">One positive weight per row (pupils), or null for ordinary least squares.</param>
    public static LinearModel? Fit(
        IReadOnlyList<(IReadOnlyList<double> X, double Y)> rows,
        IReadOnlyList<double>? weights)
    {
        if (rows.Count == 0)
        {
            return null;
        }

        var meanWeight = weights is null ? 1 : weights.Average();
        double W(int row) => weights is null ? 1 : weights[row] / meanWeight;

        var k = rows[0].X.Count + 1;
        if (rows.Count <= k)
        {
            return null;
        }

        var gram = new double[k, k];
        var squared = new double[k, k];
        var xty = new double[k];
        for (var r = 0; r < rows.Count; r++)
        {
            var (x, y) = rows[r];
            var w = W(r);
            for (var i = 0; i < k; i++)
            {
                var xi = i == 0 ? 1 : x[i - 1];
                xty[i] += w * xi * y;
                for (var j = 0; j < k; j++)
                {
                    var xij = xi * (j == 0 ? 1 : x[j - 1]);
                    gram[i, j] += w * xij;
                    squared[i, j] += w * w * xij;
                }
            }
        }

        if (Invert(gram) is not { } inverse)
        {
            return null;
        }

        var beta = new double[k];
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                beta[i] += inverse[i, j] * xty[j];
            }
        }

        var model = new LinearModel(rows.Count, beta, 0, 0, inverse, squared, weights is not null, meanWeight);
        var meanY = Enumerable.Range(0, rows.Count).Sum(r => W(r) * rows[r].Y) / rows.Count;
        var weightedResidual = Enumerable.Range(0, rows.Count)
            .Sum(r => W(r) * Math.Pow(rows[r].Y - model.Predict(rows[r].X), 2));
        var total = Enumerable.Range(0, rows.Count).Sum(r => W(r) * Math.Pow(rows[r].Y - meanY, 2));
        // s² = Σ eᵢ² / Σ vᵢ: the residuals' expected sum of squares is σ² Σ vᵢ (n − k for an unweighted fit).
        var residual = rows.Sum(r => Math.Pow(r.Y - model.Predict(r.X), 2));
        var variance = Enumerable.Range(0, rows.Count).Sum(r => model.ResidualVariance(rows[r].X, weights?[r] ?? 1));
        return model with
        {
            ResidualStandardDeviation = variance <= 0 ? 0 : Math.Sqrt(residual / variance),
            RSquared = total == 0 ? 0 : 1 - weightedResidual / total,
        };
    }

    /// <summary>Gauss–Jordan with partial pivoting; null for a singular matrix.</summary>
    public static double[,]? Invert(double[,] matrix)
    {
        var n = matrix.GetLength(0);
        var a = (double[,])matrix.Clone();
        var inverse = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            inverse[i, i] = 1;
        }

        for (var column = 0; column < n; column++)
        {
            var pivot = column;
            for (var row = column + 1; row < n; row++)
            {
                if (Math.Abs(a[row, column]) > Math.Abs(a[pivot, column]))
                {
                    pivot = row;
                }
            }

            if (Math.Abs(a[pivot, column]) < 1e-12)
            {
                return null;
            }

            Swap(a, pivot, column);
            Swap(inverse, pivot, column);
            var scale = a[column, column];
            for (var j = 0; j < n; j++)
            {
                a[column, j] /= scale;
                inverse[column, j] /= scale;
            }

            for (var row = 0; row < n; row++)
            {
                if (row == column)
                {
                    continue;
                }

                var factor = a[row, column];
                for (var j = 0; j < n; j++)
                {
                    a[row, j] -= factor * a[column, j];
                    inverse[row, j] -= factor * inverse[column, j];
                }
            }
        }

        return inverse;
    }

    private static void Swap(double[,] m, int r1, int r2)
    {
        if (r1 == r2)
        {
            return;
        }

        for (var j = 0; j < m.GetLength(1); j++)
        {
            (m[r1, j], m[r2, j]) = (m[r2, j], m[r1, j]);
        }
    }
}
