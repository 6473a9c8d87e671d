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

    /// <summary>Every role's series, with text and numeric axes, markers, labels and empty points.</summary>
    public static TheoryData<ChartSeries> EveryRole()
    {
        var all = new TheoryData<ChartSeries>();
        foreach (var role in Enum.GetValues<ChartSeriesRole>())
        {
            all.Add(
                new ChartSeries("Skola <\"å\">", role, ["2022/23", "2023/24", "Ö&Ä"], null, [245.257m, null, 0m]));
            all.Add(new ChartSeries("Skolor", role, null, [1.5m, 3.255m], [250m, -3.5m], ["A <b>", "Ö&Ä"]));
        }

        return all;
    }

    /// <summary>
    /// The program writes Plotly.NET's objects without the runtime binder Newtonsoft reads them through by default
    /// (DynamicObjJsonConverter: the natively compiled program cannot run it); the JSON is the same.
    /// </summary>
    [Theory]
    [MemberData(nameof(EveryRole))]
    public void Plotly_nets_objects_are_written_as_newtonsoft_writes_them(ChartSeries series)
    {
        var dynamic = ChartTraces.Serialize(series, dynamic: true);

        Assert.Equal(dynamic, ChartTraces.Serialize(series));
        Assert.Contains("\"type\":", dynamic, StringComparison.Ordinal);
    }

    /// <summary>
    /// The palette's colours are given to Plotly.NET as text (the natively compiled program cannot run the F# printf
    /// Plotly.NET formats a colour made from its hex code with), the text it wrote for them: #0b4f8a is 11, 79, 138.
    /// </summary>
    [Theory]
    [InlineData(ChartSeriesRole.Primary, "rgba(11, 79, 138, 1.0)")]
    [InlineData(ChartSeriesRole.Secondary, "rgba(163, 79, 0, 1.0)")]
    [InlineData(ChartSeriesRole.Reference, "rgba(74, 74, 74, 1.0)")]
    public void A_palette_colour_is_written_as_plotly_nets_own(ChartSeriesRole role, string colour)
    {
        var series = new ChartSeries("Skola", role, ["2023/24", "2024/25"], null, [245.2m, 250m]);

        var json = ChartTraces.Serialize(series);

        Assert.Contains($"\"line\":{{\"color\":\"{colour}\"", json, StringComparison.Ordinal);
        Assert.Contains($"\"marker\":{{\"color\":\"{colour}\"", json, StringComparison.Ordinal);
    }
}
