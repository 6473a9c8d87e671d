namespace Site.Compute.Analysis.Staff;

/// <summary>
/// How one measure goes with another across the schools of one school year: the least-squares line y = a + b·x, the
/// slope's standard error and 95 % interval and Pearson's r, each rounded once (the interval from the published slope,
/// SE and t). An association among schools, never an effect. The verdict is <see cref="TrendVerdict.Increasing"/> or
/// <see cref="TrendVerdict.Decreasing"/> only when the published interval excludes zero.
/// </summary>
public sealed record Association(
    string Key,
    Model.SchoolYear Year,
    int Points,
    decimal? Intercept,
    decimal? Slope,
    decimal? StandardError,
    decimal? TCritical,
    decimal? SlopeLow,
    decimal? SlopeHigh,
    decimal? Correlation,
    TrendVerdict Verdict)
{
    public const int Decimals = 3;

    /// <summary>The schools a line needs at the least for its interval to say anything.</summary>
    public const int MinimumPoints = 10;
}
