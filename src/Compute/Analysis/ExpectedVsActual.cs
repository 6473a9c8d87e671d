using Site.Model;

namespace Site.Compute.Analysis;

/// <summary>
/// Per school year and measure, a least-squares regression across the city's schools of the reported value on the share
/// of pupils whose parents have post-secondary education and the share with foreign background: pupil-weighted where
/// every school in it has a pupil count that year (each pupil counts once in the line, as in Skolverket's own figures),
/// otherwise unweighted. Residual = actual − expected; a school is clearly above or below only when the 95 % interval
/// of its in-sample residual excludes zero. That interval treats the schools' deviations from the line as equally
/// variable whatever their size: most of the variation between schools is not the sampling of pupils.
/// </summary>
public static class ExpectedVsActual
{
    public const int MinimumSchools = 10;

    /// <summary>The published coefficients' decimals (expected_models.csv).</summary>
    public const int CoefficientDecimals = 4;

    /// <summary>The published residual standard deviation's decimals.</summary>
    public const int ResidualDecimals = 3;

    public static (IReadOnlyList<ExpectedModel> Models, IReadOnlyList<ExpectedResult> Results) Compute(Dataset dataset)
    {
        var models = new List<ExpectedModel>();
        var results = new List<ExpectedResult>();
        var withPredictors = dataset.Schools
            .Select(s => (s.Code, X: Predictors(dataset.BackgroundOf(s.Code))))
            .Where(s => s.X is not null)
            .ToList();
        foreach (var info in MeasureInfo.All)
        {
            foreach (var year in dataset.Years)
            {
                var rows = new List<(string Code, decimal Actual, IReadOnlyList<double> X)>();
                var pupils = new List<int?>();
                foreach (var (code, x) in withPredictors)
                {
                    if (dataset.ResultOf(code, year, info.Measure)?.Value.Number is { } actual)
                    {
                        rows.Add((code, actual, x!));
                        pupils.Add(dataset.PupilCountOf(code, year)?.Count.Number is { } n && n > 0 ? (int)n : null);
                    }
                }

                var (model, yearResults) = Fit(
                    year,
                    info.Measure,
                    rows,
                    pupils.All(p => p is not null) ? pupils.Select(p => p!.Value).ToList() : null);
                if (model is not null)
                {
                    models.Add(new ExpectedModel(year, info.Measure, model));
                    results.AddRange(yearResults);
                }
            }
        }

        return (models, results);
    }

    /// <summary>Fits one year and measure; no model below <see cref="MinimumSchools"/> schools.</summary>
    /// <param name="pupils">Each row's grade-9 pupils for a pupil-weighted fit, or null for an unweighted one.</param>
    public static (LinearModel? Model, IReadOnlyList<ExpectedResult> Results) Fit(
        SchoolYear year,
        Measure measure,
        IReadOnlyList<(string Code, decimal Actual, IReadOnlyList<double> X)> rows,
        IReadOnlyList<int>? pupils = null)
    {
        var weights = pupils?.Select(p => (double)p).ToList();
        if (rows.Count < MinimumSchools
            || LeastSquares.Fit(rows.Select(r => (r.X, (double)r.Actual)).ToList(), weights) is not { } model)
        {
            return (null, []);
        }

        var method = weights is null ? MeanMethod.Unweighted : MeanMethod.PupilWeighted;
        // The expected value comes from the published coefficients, so that a reader recomputes it to the digit.
        var b = model.Coefficients
            .Select(c => Math.Round((decimal)c, CoefficientDecimals, MidpointRounding.AwayFromZero))
            .ToArray();
        // The half-width likewise: t · s · √v from the published t, s and v.
        var t = Math.Round(
            (decimal)StudentT.Critical95(model.DegreesOfFreedom),
            Trend.TDecimals,
            MidpointRounding.AwayFromZero);
        var s = Math.Round((decimal)model.ResidualStandardDeviation, ResidualDecimals, MidpointRounding.AwayFromZero);
        decimal Variance(IReadOnlyList<double> x, double weight) =>
            Math.Round(
                (decimal)Math.Max(0, model.ResidualVariance(x, weight)),
                ExpectedResult.VarianceDecimals,
                MidpointRounding.AwayFromZero);
        decimal Expected(IReadOnlyList<double> x) =>
            Math.Round(
                b[0] + Enumerable.Range(0, x.Count).Sum(j => b[j + 1] * (decimal)x[j]),
                ExpectedResult.Decimals,
                MidpointRounding.AwayFromZero);
        var results = rows.Select((r, i) => new ExpectedResult(
            SchoolCode: r.Code,
            Year: year,
            Measure: measure,
            Actual: r.Actual,
            Expected: Expected(r.X),
            VarianceFactor: Variance(r.X, weights?[i] ?? 1),
            HalfWidth: Math.Round(
                t * s * (decimal)Math.Sqrt((double)Variance(r.X, weights?[i] ?? 1)),
                ExpectedResult.Decimals,
                MidpointRounding.AwayFromZero),
            Method: method,
            Pupils: pupils?[i])).ToList();
        return (model, results);
    }



    /// <summary>The predictors of a school, or null when either share is withheld.</summary>
    public static IReadOnlyList<double>? Predictors(BackgroundRow? row) =>
        row is { ParentsPostSecondaryPct.Number: { } parents, ForeignBackgroundPct.Number: { } foreign }
            ? [(double)parents, (double)foreign]
            : null;
}
