using Site.Compute.Views;

namespace Site.Compute;

/// <summary>
/// The series of a chart of schools by need index (the city's merit value, the staff's pupils per teacher): every
/// school a named point, and the line fitted across them drawn from the lowest index to the highest.
/// </summary>
public static class IndexScatterSeries
{
    /// <param name="points">The schools with both values, by index.</param>
    /// <param name="line">The fitted line's value at an index, as the chart draws it.</param>
    public static List<ChartSeries> Of(
        Texts.Texts t,
        IReadOnlyList<(string Name, decimal? Index, decimal? Value)> points,
        decimal low,
        decimal high,
        Func<decimal, decimal> line) =>
    [
        new(
            t.Pick("Skolor", "Schools"),
            ChartSeriesRole.Points,
            null,
            points.Select(p => p.Index!.Value).ToList(),
            points.Select(p => p.Value).ToList(),
            points.Select(p => p.Name).ToList()),
        new(
            t.Pick("Genomsnittligt samband", "Average relationship"),
            ChartSeriesRole.Fit,
            null,
            [low, high],
            [line(low), line(high)]),
    ];
}
