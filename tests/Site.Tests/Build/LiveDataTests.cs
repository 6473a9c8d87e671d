using Site.Build;

namespace Site.Tests.Build;

/// <summary>
/// The one test that builds the repository's live data/: whatever term's files a clerk has put there, they must build
/// with no error and give the site's key pages. Exact figures are asserted on the frozen copy (TestPaths.RealData).
/// </summary>
public class LiveDataTests
{
    [Fact]
    public async Task The_live_data_builds_with_no_error()
    {
        using var temp = TestPaths.Temp();
        var output = Path.Combine(temp.Path, "output");
        var log = new StringWriter();

        var code = await BuildCommand.RunAsync(
            new BuildPaths(TestPaths.LiveData, Path.Combine(TestPaths.Repo, "input"), output),
            log);

        Assert.True(code == 0, log.ToString());
        Assert.DoesNotContain(": error:", log.ToString(), StringComparison.Ordinal);
        foreach (var page in new[]
        {
            "index.html", "skolor/index.html", "metod/index.html", "data/aggregates.csv", "data/reconciliation.csv",
        })
        {
            Assert.True(File.Exists(Path.Combine(output, page)), page);
        }
    }
}
