using Site.Model;

namespace Site.Compute.Analysis;

/// <summary>
/// A school's actual value beside what its pupils' background predicts, with the 95 % interval around the residual.
/// Expected and the interval's half-width are rounded once, to one decimal as the actual value is; the residual and the
/// interval are computed from those published figures, and the label from the interval, so that a reader gets them all.
/// </summary>
public sealed record ExpectedResult(
    string SchoolCode,
    SchoolYear Year,
    Measure Measure,
    decimal Actual,
    decimal Expected,
    decimal VarianceFactor,
    decimal HalfWidth,
    MeanMethod Method,
    int? Pupils)
{
    public const int Decimals = 1;

    /// <summary>v, the in-sample residual's variance over σ², is published to four decimals.</summary>
    public const int VarianceDecimals = 4;

    public decimal Residual => Actual - Expected;

    public decimal IntervalLow => Residual - HalfWidth;

    public decimal IntervalHigh => Residual + HalfWidth;

    public ExpectedLabel Label =>
        IntervalLow > 0
            ? ExpectedLabel.ClearlyAbove
            : IntervalHigh < 0 ? ExpectedLabel.ClearlyBelow : ExpectedLabel.WithinExpected;
}
