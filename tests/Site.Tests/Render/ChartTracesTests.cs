using Site.Compute.Views;
using Site.Render;

namespace Site.Tests.Render;

/// <summary>The templated traces are exactly what Plotly.NET writes for the same series.</summary>
public class ChartTracesTests
{
    public static TheoryData<ChartSeriesRole> Roles =>
        new() { ChartSeriesRole.Primary, ChartSeriesRole.Secondary, ChartSeriesRole.Reference, ChartSeriesRole.Bars };

    [Theory]
    [MemberData(nameof(Roles))]
    public void A_templated_trace_equals_plotly_nets(ChartSeriesRole role)
    {
        var series = new ChartSeries(
            "Skola <\"å\">",
            role,
            ["2022/23", "2023/24", "2024/25", "Ö&Ä"],
            null,
            [245.257m, null, -3.5m, 0m]);

        Assert.Equal(ChartTraces.Serialize(series), new ChartTraces().TraceJson(series));
    }

    [Fact]
    public void A_fitted_line_with_numeric_x_equals_plotly_nets()
    {
        var series = new ChartSeries(
            "Anpassad linje",
            ChartSeriesRole.Fit,
            null,
            [3.55m, 12.004m, 40m],
            [250m, 231.125m, 190.5m]);

        Assert.Equal(ChartTraces.Serialize(series), new ChartTraces().TraceJson(series));
    }

    public static TheoryData<ChartSeries> Scattered => new()
    {
        new ChartSeries(
            "Skolor", ChartSeriesRole.Points, null, [1.5m, 2m, 3.255m], [250m, null, -3.5m], ["A <b>", "B\"", "Ö&Ä"]),
        new ChartSeries("Kommuner", ChartSeriesRole.Points, null, [0m, 12.004m], [190.5m, 231.125m]),
        new ChartSeries("Skolor", ChartSeriesRole.Points, null, [], [], []),
        new ChartSeries("Rinkebyskolan <&>", ChartSeriesRole.Highlight, null, [1.25m], [202.7m], ["Rinkebyskolan <&>"]),
        new ChartSeries("Förändring", ChartSeriesRole.Bars, null, [2019m, 2020.5m], [-1.25m, 3m]),
    };

    /// <summary>Scatter points (with and without labels), a highlighted point and bars on a numeric axis.</summary>
    [Theory]
    [MemberData(nameof(Scattered))]
    public void Points_and_numeric_bars_equal_plotly_nets(ChartSeries series)
    {
        Assert.Equal(ChartTraces.Serialize(series), new ChartTraces().TraceJson(series));
    }
}
