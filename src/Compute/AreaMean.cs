namespace Site.Compute;

/// <summary>
/// A mean over an area's schools with its method and coverage: how many schools (and pupils) it includes out of all
/// that had a row. Value is null when no school had a number or <c>~100</c>. Low and High are the same mean taken over
/// the bounds of the <c>~100</c> cells (equal to Value when there are none). All three are rounded once, to one
/// decimal.
/// </summary>
public sealed record AreaMean(
    decimal? Value,
    MeanMethod Method,
    int SchoolsIncluded,
    int SchoolsTotal,
    int? PupilsIncluded,
    int? PupilsTotal,
    decimal? Low = null,
    decimal? High = null)
{
    /// <summary>The published precision of every area mean: one decimal, as Skolverket publishes its own.</summary>
    public const int Decimals = 1;

    public static decimal Round(decimal value) => Math.Round(value, Decimals, MidpointRounding.AwayFromZero);
}
