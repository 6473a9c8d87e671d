using Site.Render;
using Site.Write;

namespace Site.Tests.Build;

/// <summary>
/// A rebuild stages in the site before the last, kept beside the output with the list of its files: what it makes is
/// in the output after the swap, nothing else, and nothing reaches the output before it.
/// </summary>
public class KeptTreeTests
{
    private static StagedSite Build(string output, params OutputFile[] files)
    {
        var site = StagedSite.Begin(output);
        foreach (var file in files)
        {
            site.Add(file);
        }

        site.Commit();
        site.Dispose();
        return site;
    }

    private static OutputFile File(string path, string text) => new(path, System.Text.Encoding.UTF8.GetBytes(text));

    private static Dictionary<string, string> Files(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .ToDictionary(
                f => Path.GetRelativePath(folder, f).Replace('\\', '/'),
                System.IO.File.ReadAllText,
                StringComparer.Ordinal);

    [Fact]
    public void A_rebuild_stages_in_the_site_before_the_last_and_the_output_has_exactly_its_own_files()
    {
        using var temp = TestPaths.Temp();
        var output = Path.Combine(temp.Path, "site");
        OutputFile[] first = [File("a.html", "same"), File("b.html", "old"), File("skolor/1/index.html", "gone")];
        Assert.False(Build(output, first).StagesInKeptTree);
        Assert.False(Build(output, first).StagesInKeptTree);
        var kept = TestPaths.Inode(Path.Combine(output, "a.html"));
        var old = TestPaths.Inode(Path.Combine(output, "b.html"));

        using (var session = StagedSite.Begin(output))
        {
            Assert.True(session.StagesInKeptTree);
            session.Add(File("a.html", "same"));
            session.Add(File("b.html", "new"));
            session.Add(File("c/d.html", "added"));
            // The kept tree's b.html was a link to the output's: the build's own is a new file, and the output is as it
            // was until the swap.
            Assert.Equal("old", System.IO.File.ReadAllText(Path.Combine(output, "b.html")));
            Assert.Equal(old, TestPaths.Inode(Path.Combine(output, "b.html")));
            session.Commit();
            Assert.Equal(2, session.Changed);
        }

        Assert.Equal(
            new Dictionary<string, string> { ["a.html"] = "same", ["b.html"] = "new", ["c/d.html"] = "added" },
            Files(output));
        Assert.False(Directory.Exists(Path.Combine(output, "skolor")));
        Assert.Equal(kept, TestPaths.Inode(Path.Combine(output, "a.html")));
        Assert.True(System.IO.File.Exists(Path.Combine(output, StagedSite.Marker)));
        // The site it replaced is the kept tree now, with its list; nothing else is beside the output.
        Assert.Equal("old", System.IO.File.ReadAllText(Path.Combine(temp.Path, ".site.previous", "b.html")));
        Assert.Equal(
            [".site.files", ".site.previous", ".site.previous.files", "site"],
            Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        // And again: the kept tree is now the site with the removed page; the next build removes it again.
        Assert.True(Build(output, File("a.html", "same"), File("b.html", "new")).StagesInKeptTree);
        Assert.Equal(new Dictionary<string, string> { ["a.html"] = "same", ["b.html"] = "new" }, Files(output));
        Assert.Equal(["a.html", "b.html"], Directory.GetFileSystemEntries(output)
            .Select(Path.GetFileName).Where(n => !n!.StartsWith('.')).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_kept_file_is_the_outputs_only_where_the_last_build_wrote_none_and_no_hand_changed_it()
    {
        using var temp = TestPaths.Temp();
        var output = Path.Combine(temp.Path, "site");
        Build(output, File("a.html", "one"), File("b.html", "old"), File("c.html", "three"));
        // The last build writes b.html anew (its bytes as long as the kept tree's) and links the others.
        Build(output, File("a.html", "one"), File("b.html", "new"), File("c.html", "three"));
        var a = TestPaths.Inode(Path.Combine(output, "a.html"));
        // Stamps written after every file, as a build writes them: a file older than they is taken by its length.
        var stamps = Path.Combine(output, OutputStamps.FileName);
        System.IO.File.WriteAllText(stamps, "");
        System.IO.File.SetLastWriteTimeUtc(stamps, DateTime.UtcNow);
        // By hand, in place, later: the kept tree's c.html is the same file, so it changes too.
        var c = Path.Combine(output, "c.html");
        System.IO.File.WriteAllText(c, "THREE");
        System.IO.File.SetLastWriteTimeUtc(c, DateTime.UtcNow.AddSeconds(1));

        using var session = StagedSite.Begin(output);
        Assert.True(session.StagesInKeptTree);
        Assert.True(session.Keep("a.html", Stamp("one")));
        Assert.True(session.Keep("b.html", Stamp("new")));
        Assert.False(session.Keep("c.html", Stamp("three")));
        session.Add(File("c.html", "three"));
        session.Commit();

        Assert.Equal(
            new Dictionary<string, string> { ["a.html"] = "one", ["b.html"] = "new", ["c.html"] = "three" },
            Files(output));
        Assert.Equal(a, TestPaths.Inode(Path.Combine(output, "a.html")));
    }

    private static FileStamp Stamp(string text)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        return new FileStamp(
            default, bytes.Length, OutputStamps.ContentHash(new System.Buffers.ReadOnlySequence<byte>(bytes)));
    }

    [Fact]
    public void A_file_that_becomes_a_folder_and_a_folder_that_becomes_a_file_are_each_this_sites()
    {
        using var temp = TestPaths.Temp();
        var output = Path.Combine(temp.Path, "site");
        OutputFile[] files = [File("om", "a file"), File("metod/index.html", "in a folder")];
        Build(output, files);
        Build(output, files);

        // The kept tree has a file "om" and a folder "metod": this site has them the other way round, and its first
        // file is two folders below the file "om".
        var site = Build(
            output,
            File("om/mer/index.html", "deeper"),
            File("om/index.html", "now in a folder"),
            File("metod", "now a file"));

        Assert.True(site.StagesInKeptTree);
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["metod"] = "now a file",
                ["om/index.html"] = "now in a folder",
                ["om/mer/index.html"] = "deeper",
            },
            Files(output));
    }

    [Fact]
    public void A_kept_tree_whose_list_names_another_site_is_not_staged_in()
    {
        using var temp = TestPaths.Temp();
        var output = Path.Combine(temp.Path, "site");
        Build(output, File("a.html", "first"), File("stale.html", "x"));
        Build(output, File("a.html", "second"));
        // A build killed between its renames can leave the list of one site beside another.
        var list = Path.Combine(temp.Path, ".site.previous.files");
        System.IO.File.WriteAllLines(list, ["skolresultat-files 0:0", "a.html"]);

        var site = Build(output, File("a.html", "third"));

        Assert.False(site.StagesInKeptTree);
        Assert.Equal(new Dictionary<string, string> { ["a.html"] = "third" }, Files(output));
    }

    [Fact]
    public void A_session_in_the_kept_tree_abandoned_before_its_commit_leaves_the_output_as_it_was()
    {
        using var temp = TestPaths.Temp();
        var output = Path.Combine(temp.Path, "site");
        Build(output, File("a.html", "first"));
        Build(output, File("a.html", "second"));

        using (var session = StagedSite.Begin(output))
        {
            Assert.True(session.StagesInKeptTree);
            session.Add(File("a.html", "third"));
            session.Add(File("b.html", "added"));
        }

        Assert.Equal(new Dictionary<string, string> { ["a.html"] = "second" }, Files(output));
        Assert.True(Build(output, File("a.html", "fourth")).StagesInKeptTree is false);
        Assert.Equal(new Dictionary<string, string> { ["a.html"] = "fourth" }, Files(output));
    }
}
