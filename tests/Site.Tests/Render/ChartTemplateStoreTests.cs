using Site.Compute.Views;
using Site.Render;

namespace Site.Tests.Render;

/// <summary>
/// A build keeps the chart templates Plotly.NET made for the next build of the same program: a build that finds them
/// draws the same traces as Plotly.NET without setting it up, and a damaged or partial file is made anew.
/// </summary>
public sealed class ChartTemplateStoreTests : IDisposable
{
    private readonly TempFolder temp = TestPaths.Temp();

    private static readonly ChartSeries[] EveryKind =
    [
        new("Skola <\"å\">", ChartSeriesRole.Primary, ["2022/23", "2023/24"], null, [245.257m, null]),
        new("Stadsdel", ChartSeriesRole.Secondary, ["2022/23", "2023/24"], null, [231m, 230.5m]),
        new("Staden", ChartSeriesRole.Reference, ["2022/23", "2023/24"], null, [null, 251.9m]),
        new("Anpassad linje", ChartSeriesRole.Fit, null, [3.55m, 40m], [250m, 190.5m]),
        new("Förändring", ChartSeriesRole.Bars, ["Ö&Ä", "B"], null, [-3.5m, 2m]),
        new("Skolor", ChartSeriesRole.Points, null, [1.5m, 2m], [250m, 202.7m], ["A <b>", "Rinkebyskolan"]),
        new("Rinkebyskolan", ChartSeriesRole.Highlight, null, [2m], [202.7m], ["Rinkebyskolan"]),
    ];

    private string KeptFile => Directory.GetFiles(temp.Path, "chart-templates-*.json").Single();

    [Fact]
    public async Task Templates_read_back_draw_every_kind_as_plotly_net_does()
    {
        var store = new ChartTemplateStore(temp.Path);
        await new ChartTraces().MakeTemplatesAsync(store);
        Assert.NotNull(store.Find());

        var kept = new ChartTraces();
        await kept.MakeTemplatesAsync(store);

        Assert.All(EveryKind, s => Assert.Equal(ChartTraces.Serialize(s), kept.TraceJson(s)));
    }

    [Fact]
    public async Task A_build_that_finds_kept_templates_uses_them_as_kept()
    {
        var store = new ChartTemplateStore(temp.Path);
        await new ChartTraces().MakeTemplatesAsync(store);
        File.WriteAllText(KeptFile, File.ReadAllText(KeptFile).Replace("scatter", "kept-scatter"));

        var kept = new ChartTraces();
        await kept.MakeTemplatesAsync(store);

        Assert.StartsWith("{\"type\":\"kept-scatter\"", kept.TraceJson(EveryKind[0]));
    }

    [Theory]
    [InlineData("{\"Templates\":[]}")]
    [InlineData("{\"Templates\":[{\"Role\":\"Primary\",\"Labelled\":false}]}")]
    [InlineData("{\"Templates\":")]
    [InlineData("")]
    public async Task A_damaged_or_partial_file_is_made_anew_with_plotly_net(string damaged)
    {
        var store = new ChartTemplateStore(temp.Path);
        await new ChartTraces().MakeTemplatesAsync(store);
        File.WriteAllText(KeptFile, damaged);
        Assert.Null(store.Find());

        var made = new ChartTraces();
        await made.MakeTemplatesAsync(store);

        Assert.All(EveryKind, s => Assert.Equal(ChartTraces.Serialize(s), made.TraceJson(s)));
        Assert.NotNull(store.Find());
    }

    [Fact]
    public async Task A_file_with_a_slot_too_many_is_not_used()
    {
        var store = new ChartTemplateStore(temp.Path);
        await new ChartTraces().MakeTemplatesAsync(store);
        var text = File.ReadAllText(KeptFile);
        File.WriteAllText(KeptFile, text.Replace("\"Slots\":[\"Name\",", "\"Slots\":[\"Name\",\"Name\","));

        Assert.Null(store.Find());
    }

    public void Dispose() => temp.Dispose();
}
