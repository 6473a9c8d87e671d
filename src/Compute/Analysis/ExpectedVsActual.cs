using Site.Model;

namespace Site.Compute.Analysis;

/// <summary>
/// Per school year and measure, a least-squares regression across the city's schools of the reported value on the share of
/// pupils whose parents have post-secondary education and the share with foreign background. Residual = actual − expected;
/// a school is clearly above or below only when the 95 % prediction interval around its residual excludes zero.
/// </summary>
public static class ExpectedVsActual
{
    public const int MinimumSchools = 10;

    public static (IReadOnlyList<ExpectedModel> Models, IReadOnlyList<ExpectedResult> Results) Compute(Dataset dataset)
    {
        var models = new List<ExpectedModel>();
        var results = new List<ExpectedResult>();
        var withPredictors = dataset.Schools.Select(s => (s.Code, X: Predictors(dataset.BackgroundOf(s.Code)))).Where(s => s.X is not null).ToList();
        foreach (var info in MeasureInfo.All)
        {
            foreach (var year in dataset.Years)
            {
                var rows = new List<(string Code, decimal Actual, IReadOnlyList<double> X)>();
                foreach (var (code, x) in withPredictors)
                {
                    if (dataset.ResultOf(code, year, info.Measure)?.Value.Number is { } actual)
                    {
                        rows.Add((code, actual, x!));
                    }
                }

                var (model, yearResults) = Fit(year, info.Measure, rows);
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
    public static (LinearModel? Model, IReadOnlyList<ExpectedResult> Results) Fit(SchoolYear year, Measure measure, IReadOnlyList<(string Code, decimal Actual, IReadOnlyList<double> X)> rows)
    {
        if (rows.Count < MinimumSchools || LeastSquares.Fit(rows.Select(r => (r.X, (double)r.Actual)).ToList()) is not { } model)
        {
            return (null, []);
        }

        var results = rows.Select(r =>
        {
            var expected = (decimal)model.Predict(r.X);
            var half = (decimal)model.PredictionHalfWidth(r.X);
            var residual = r.Actual - expected;
            var label = residual - half > 0 ? ExpectedLabel.ClearlyAbove : residual + half < 0 ? ExpectedLabel.ClearlyBelow : ExpectedLabel.WithinExpected;
            return new ExpectedResult(r.Code, year, measure, r.Actual, expected, residual, residual - half, residual + half, label);
        }).ToList();
        return (model, results);
    }

    /// <summary>The predictors of a school, or null when either share is withheld.</summary>
    public static IReadOnlyList<double>? Predictors(BackgroundRow? row) =>
        row is { ParentsPostSecondaryPct.Number: { } parents, ForeignBackgroundPct.Number: { } foreign }
            ? [(double)parents, (double)foreign]
            : null;
}
