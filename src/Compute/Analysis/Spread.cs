namespace Site.Compute.Analysis;

/// <summary>The spread of school values in an area: range and interquartile range, over the schools with a reported
/// number.</summary>
public sealed record Spread(
    int Schools,
    decimal Min,
    decimal LowerQuartile,
    decimal Median,
    decimal UpperQuartile,
    decimal Max)
{
    public decimal Range => Max - Min;

    public decimal InterquartileRange => UpperQuartile - LowerQuartile;

    public static Spread? Of(IEnumerable<decimal> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0
            ? null
            : new Spread(
                sorted.Count,
                sorted[0],
                Quantiles.Of(sorted, 0.25m),
                Quantiles.Of(sorted, 0.5m),
                Quantiles.Of(sorted, 0.75m),
                sorted[^1]);
    }
}
