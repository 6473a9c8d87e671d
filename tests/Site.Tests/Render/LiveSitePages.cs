using Site.Build;
using Site.Render;

namespace Site.Tests.Render;

/// <summary>
/// Every page of the live site (the repository's data/), planned and not yet rendered, with its session.
/// </summary>
public sealed class LiveSitePages : IDisposable
{
    private readonly TempFolder temp = TestPaths.Temp();

    public LiveSitePages()
    {
        var paths = new BuildPaths(
            TestPaths.LiveData, Path.Combine(TestPaths.Repo, "input"), Path.Combine(temp.Path, "out"));
        var prepared = PrepareSite.Run(paths, TextWriter.Null, new StageTimer(TextWriter.Null), changesNow: false)
            ?? throw new InvalidOperationException("the live site has input errors");
        Pages = RenderSite.Plan(prepared.Views, prepared.Pages, prepared.Dataset.Settings.BaseUrl, Session).Pages;
    }

    public RenderSession Session { get; } = new();

    public IReadOnlyList<PagePlan> Pages { get; }

    public void Dispose()
    {
        Session.Dispose();
        temp.Dispose();
    }
}
