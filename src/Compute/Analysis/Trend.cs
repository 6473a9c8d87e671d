using Site.Model;

namespace Site.Compute.Analysis;

/// <summary>
/// A series' least-squares slope per school year with its standard error and 95 % interval (slope ± t·SE, t from
/// Student's t with n − 2 degrees of freedom), each rounded once to <see cref="Decimals"/>; the interval is computed
/// from the published slope, SE and t, and the verdict says "increasing" or "decreasing" only when that published
/// interval excludes zero, so that a reader gets the same verdict from the file.
/// </summary>
public sealed record Trend(
    int Points,
    SchoolYear? First,
    SchoolYear? Last,
    decimal? Slope,
    decimal? StandardError,
    decimal? TCritical,
    decimal? SlopeLow,
    decimal? SlopeHigh,
    TrendVerdict Verdict)
{
    public const int Decimals = 3;

    /// <summary>Student's t is published to four decimals, as the table it comes from.</summary>
    public const int TDecimals = 4;
}
