using Site.Model;

namespace Site.Compute.Analysis;

/// <summary>
/// The straight line through the schools' values against their need index for one school year and measure (least
/// squares, each school once): how much lower or higher a school's value is, on average, per point of need index.
/// Intercept and slope are rounded once, to the decimals published in need_gradient.csv.
/// </summary>
public sealed record NeedGradient(
    SchoolYear Year,
    Measure Measure,
    int Schools,
    decimal Intercept,
    decimal Slope,
    decimal LowIndex,
    decimal HighIndex)
{
    public const int Decimals = 4;

    /// <summary>The line's value at an index, from the published intercept and slope.</summary>
    public decimal At(decimal index) => Intercept + (Slope * index);
}
