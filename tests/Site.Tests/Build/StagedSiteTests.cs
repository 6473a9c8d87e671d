using Site.Render;
using Site.Write;

namespace Site.Tests.Build;

/// <summary>The write stage as a session: nothing reaches the output folder before the commit.</summary>
public class StagedSiteTests
{
    private static void Build(string output, params OutputFile[] files)
    {
        using var site = StagedSite.Begin(output);
        foreach (var file in files)
        {
            site.Add(file);
        }

        site.Commit();
    }

    [Fact]
    public void A_session_abandoned_before_its_commit_leaves_the_previous_site_and_no_staging_folder()
    {
        using var temp = TestPaths.Temp();
        var output = Path.Combine(temp.Path, "site");
        Build(output, new OutputFile("index.html", "old"u8.ToArray()));

        using (var session = StagedSite.Begin(output))
        {
            session.Add(new OutputFile("index.html", "new"u8.ToArray()));
            session.Add(new OutputFile("skolor/11111111/index.html", "x"u8.ToArray()));
        }

        Assert.Equal("old", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.False(Directory.Exists(Path.Combine(output, "skolor")));
        Assert.Equal(["site"], Directory.GetDirectories(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_committed_session_counts_only_the_files_that_changed()
    {
        using var temp = TestPaths.Temp();
        var output = Path.Combine(temp.Path, "site");
        Build(output, new OutputFile("a.html", "same"u8.ToArray()), new OutputFile("b.html", "old"u8.ToArray()));

        using var session = StagedSite.Begin(output);
        Parallel.ForEach(new[] { new OutputFile("a.html", "same"u8.ToArray()), new OutputFile("b.html", "new"u8.ToArray()), new OutputFile("c/d.html", "added"u8.ToArray()) }, session.Add);
        session.Commit();

        Assert.Equal(2, session.Changed);
        Assert.Equal(3, session.Count);
        Assert.Equal("new", File.ReadAllText(Path.Combine(output, "b.html")));
        Assert.Equal("added", File.ReadAllText(Path.Combine(output, "c", "d.html")));
    }
}
