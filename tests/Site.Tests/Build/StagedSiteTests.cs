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
        Parallel.ForEach(
            new[] { new OutputFile(
                "a.html",
                "same"u8.ToArray()), new OutputFile(
                    "b.html",
                    "new"u8.ToArray()), new OutputFile("c/d.html", "added"u8.ToArray()) },
            session.Add);
        session.Commit();

        Assert.Equal(2, session.Changed);
        Assert.Equal(3, session.Count);
        Assert.Equal("new", File.ReadAllText(Path.Combine(output, "b.html")));
        Assert.Equal("added", File.ReadAllText(Path.Combine(output, "c", "d.html")));
    }

    [Fact]
    public void A_file_written_through_a_stream_is_the_last_builds_file_when_its_bytes_are_the_same()
    {
        using var temp = TestPaths.Temp();
        var output = Path.Combine(temp.Path, "site");
        void Write(string text, int changed)
        {
            using var session = StagedSite.Begin(output);
            session.AddWritten("data/package.zip", stream => stream.Write(System.Text.Encoding.UTF8.GetBytes(text)));
            session.Commit();
            Assert.Equal((changed, 1, text.Length), (session.Changed, session.Count, (int)session.Bytes));
        }

        var zip = Path.Combine(output, "data", "package.zip");
        Write("first", changed: 1);
        var written = TestPaths.Inode(zip);
        Write("first", changed: 0);
        Assert.Equal(written, TestPaths.Inode(zip));
        Write("other", changed: 1);

        Assert.NotEqual(written, TestPaths.Inode(zip));
        Assert.Equal("other", File.ReadAllText(zip));
        Assert.Equal(["package.zip"], Directory.GetFiles(Path.GetDirectoryName(zip)!).Select(Path.GetFileName));
        Assert.Equal(["site"], TestPaths.Beside(temp.Path));
    }

    [Fact]
    public void A_spool_is_a_file_beside_the_staging_folder_that_is_gone_once_closed()
    {
        using var temp = TestPaths.Temp();
        using var session = StagedSite.Begin(Path.Combine(temp.Path, "site"));
        using (var spool = session.Spool())
        {
            spool.Write([1, 2, 3]);
            spool.Position = 0;
            Assert.Equal(1, spool.ReadByte());
            Assert.Single(Directory.GetFiles(temp.Path, "*", SearchOption.AllDirectories));
        }

        Assert.Empty(Directory.GetFiles(temp.Path, "*", SearchOption.AllDirectories));
    }
}
