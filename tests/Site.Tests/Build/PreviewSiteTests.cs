using Site.Build;
using Site.Render;

namespace Site.Tests.Build;

/// <summary>
/// Preview makes the data files (every table in both dialects, the slices, the zip) only when one of them, or another
/// file of the data stage, is asked for: a missing page's 404 does not wait for them (seconds on a national site).
/// </summary>
public sealed class PreviewSiteTests : IDisposable
{
    private readonly TempFolder temp = TestPaths.Temp();

    [Fact]
    public async Task A_missing_path_and_a_page_are_answered_without_making_the_data_files()
    {
        using var session = new RenderSession();
        var site = Plan(session);

        Assert.Null(await site.FindAsync("/finns-inte/"));
        Assert.Null(await site.FindAsync("/favicon.ico"));
        Assert.NotNull(await site.NotFoundAsync("/finns-inte/"));
        Assert.NotNull(await site.FindAsync("/skolor/11111111/"));
        Assert.False(site.DataMade);
    }

    [Theory]
    [InlineData("/data/skolresultat.zip")]
    [InlineData("/data/finns-inte.csv")]
    [InlineData("/andringar/feed.xml")]
    [InlineData("/_redirects")]
    [InlineData("/manifest.json")]
    public async Task A_file_of_the_data_stage_makes_them(string path)
    {
        using var session = new RenderSession();
        var site = Plan(session);

        await site.FindAsync(path);

        Assert.True(site.DataMade);
    }

    public void Dispose() => temp.Dispose();

    private PreviewSite Plan(RenderSession session)
    {
        var paths = new BuildPaths(
            temp.Copy(TestPaths.Small, "data"),
            TestPaths.SmallInput,
            Path.Combine(temp.Path, "out"));
        var prepared = PrepareSite.Run(paths, TextWriter.Null, new StageTimer(TextWriter.Null), changesNow: false);
        Assert.NotNull(prepared);
        return PreviewSite.Plan(prepared, session);
    }
}
