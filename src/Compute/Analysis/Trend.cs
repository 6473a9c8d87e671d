namespace Site.Compute.Analysis;

/// <summary>
/// A series' change since the previous year and its least-squares slope per year with a 95 % interval;
/// the verdict says "increasing" or "decreasing" only when that interval excludes zero.
/// </summary>
public sealed record Trend(int Points, decimal? ChangeSincePrevious, double? Slope, double? SlopeLow, double? SlopeHigh, TrendVerdict Verdict);
