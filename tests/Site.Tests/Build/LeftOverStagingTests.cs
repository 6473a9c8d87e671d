using Site.Render;
using Site.Write;

namespace Site.Tests.Build;

/// <summary>
/// A build killed before it could clean up (out of memory, interrupted) leaves its staging folder, the old site and its
/// spool files beside the output; the next build into that output removes them, and nothing of a build still running.
/// </summary>
public class LeftOverStagingTests
{
    // No process has this id (Linux allows ids up to 4,194,304); process 1 always runs.
    private const int Gone = int.MaxValue - 1;
    private const int Running = 1;

    [Fact]
    public void A_build_removes_what_killed_builds_left_and_keeps_what_running_builds_and_others_own()
    {
        using var temp = TestPaths.Temp();
        var output = Path.Combine(temp.Path, "site");
        string At(string name) => Path.Combine(temp.Path, name);
        Directory.CreateDirectory(Path.Combine(At($".site.new-{Gone}"), "skolor", "11111111"));
        File.WriteAllText(Path.Combine(At($".site.new-{Gone}"), "skolor", "11111111", "index.html"), "half");
        File.WriteAllText(At($".site.new-{Gone}.spool-3"), "zip entries");
        Directory.CreateDirectory(At($".site.old-{Gone}"));
        Directory.CreateDirectory(At($".site.new-{Running}"));
        File.WriteAllText(At($".site.new-{Running}.spool-1"), "a build beside this one");
        Directory.CreateDirectory(At($".sites.new-{Gone}"));
        Directory.CreateDirectory(At(".site.backup"));

        using (var site = StagedSite.Begin(output))
        {
            site.Add(new OutputFile("index.html", "new"u8.ToArray()));
            site.Commit();
        }

        Assert.Equal(
            [".site.backup", $".site.new-{Running}", $".site.new-{Running}.spool-1", $".sites.new-{Gone}", "site"],
            TestPaths.Beside(temp.Path));
    }
}
