using Site.Build;
using Site.Render;

namespace Site.Tests.Build;

/// <summary>
/// A build keeps the files the last build made when what they are made from has not changed: the site it leaves is
/// the one a build that keeps nothing makes, byte for byte.
/// </summary>
public class OutputReuseTests
{
    private static async Task<string> Build(string data, string output, string? cache)
    {
        var log = new StringWriter();
        var paths = new BuildPaths(data, TestPaths.SmallInput, output, cache);
        Assert.Equal(ExitCodes.Ok, await BuildCommand.RunAsync(paths, log));
        return log.ToString();
    }

    /// <summary>The small site (or <paramref name="data"/>) built once into <paramref name="folder"/>/output, with its
    /// cache beside it.</summary>
    private static async Task<(string Output, string Cache)> BuildOnce(string folder, string? data = null)
    {
        var (output, cache) = (Path.Combine(folder, "output"), Path.Combine(folder, "cache"));
        await Build(data ?? TestPaths.Small, output, cache);
        return (output, cache);
    }

    private const string Slices = "(organizer split, measure, school year)";

    /// <summary>Norra skolan's 2023/24 meritvärde, 245,0 → 246,0, in a copy of the small site's data.</summary>
    private static void ChangeOneCell(string data) => TestEdits.Replace(
        Path.Combine(data, "results", "history.csv"),
        "11111111,2023/24,merit_value,ok,245.0",
        "11111111,2023/24,merit_value,ok,246.0");

    private static string SchoolPage(string output) => Path.Combine(output, "skolor", "11111111", "index.html");

    /// <summary>A page changed at the same length, as a hand edit might.</summary>
    private static byte[] Edited(byte[] page) => page.Select(b => b == (byte)'<' ? (byte)'{' : b).ToArray();

    private static Dictionary<string, byte[]> Snapshot(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes);

    private static void AssertSame(string expected, string actual)
    {
        var a = Snapshot(expected);
        var b = Snapshot(actual);
        Assert.Equal(a.Keys.Order(), b.Keys.Order());
        Assert.All(a, pair => Assert.True(pair.Value.SequenceEqual(b[pair.Key]), pair.Key));
    }

    /// <summary>The log's "N of M blocks of the tables' rows … copied".</summary>
    private static (int Copied, int Total) BlockCounts(string log)
    {
        var match = System.Text.RegularExpressions.Regex.Match(
            log, @"(\d+) of (\d+) blocks of the tables' rows and \d+ of \d+ chunks of the zip copied");
        Assert.True(match.Success, log);
        return (int.Parse(match.Groups[1].Value), int.Parse(match.Groups[2].Value));
    }

    private static int Count(string output, string pattern) =>
        Directory.GetFiles(output, pattern, SearchOption.AllDirectories).Length;

    [Fact]
    public async Task A_rebuild_of_the_same_inputs_keeps_every_page_but_the_markdown_ones_and_every_data_file()
    {
        using var temp = TestPaths.Temp();
        var cache = Path.Combine(temp.Path, "cache");
        var output = Path.Combine(temp.Path, "output");
        var first = await Build(TestPaths.Small, output, cache);
        var second = await Build(TestPaths.Small, output, cache);

        Assert.Contains("; 0 pages and 0 data files kept from the last build", first);
        // The log says when each side of the render was done, so that a slow rebuild shows which side it waited for.
        Assert.Matches(
            @"kept from the last build, \d+ of \d+ blocks of the tables' rows and \d+ of \d+ chunks of the zip copied; "
            + @"pages done at \d+ ms, "
            + @"data files at \d+ ms",
            second);
        // Every block of every table's rows is the last build's, copied from its files, none written again.
        var blocks = BlockCounts(second);
        Assert.Equal((0, blocks.Total), BlockCounts(first));
        Assert.Equal(blocks.Total, blocks.Copied);
        // The small site has five tables with rows (schools, school results, means, changes, trends): a block or more
        // each.
        Assert.True(blocks.Total >= 5, $"{blocks.Total} blocks");
        // The Markdown page (metod.md) is made with fragments of other pages, and always rendered.
        var markdown = new[] { "metod/index.html", "en/metod/index.html" }
            .Count(f => File.Exists(Path.Combine(output, f)));
        // The zip is always assembled again (from its entries' kept compressed bytes).
        var dataFiles = Directory.GetFiles(Path.Combine(output, "data"), "*", SearchOption.AllDirectories)
            .Count(f => !f.EndsWith(DataPackage.ZipName, StringComparison.Ordinal)
                && !f.EndsWith(".html", StringComparison.Ordinal));
        Assert.Equal(1, markdown);
        Assert.Contains($"; {Count(output, "*.html") - markdown} pages and {dataFiles} data files kept", second);
        Assert.Contains("Swap in… 0 of ", second);
    }

    [Fact]
    public async Task After_a_changed_cell_the_site_is_byte_for_byte_the_one_a_build_that_keeps_nothing_makes()
    {
        using var temp = TestPaths.Temp();
        var data = temp.Copy(TestPaths.Small, "data");
        var cache = Path.Combine(temp.Path, "cache");
        var kept = Path.Combine(temp.Path, "kept");
        var fresh = Path.Combine(temp.Path, "fresh");
        var first = await Build(data, kept, cache);
        await Build(data, fresh, cache: null);

        ChangeOneCell(data);
        var log = await Build(data, kept, cache);
        await Build(data, fresh, cache: null);

        AssertSame(fresh, kept);
        Assert.Contains("246,0", await File.ReadAllTextAsync(Path.Combine(kept, "skolor", "11111111", "index.html")));
        // Some pages and data files do not show the changed school or its area's means, and were kept.
        Assert.Matches(@"; [1-9]\d* pages and [1-9]\d* data files kept from the last build", log);
        // So were the means the change does not reach: 2 school years, 3 organizer splits and 3 measures are 18
        // slices of the entries; Norra skolan is municipal, so its 2023/24 meritvärde is in two of them (all schools,
        // municipal schools).
        Assert.Contains($"the means of 0 of 18 slices {Slices} kept from the last build", first);
        Assert.Contains($"the means of 16 of 18 slices {Slices} kept from the last build", log);
        // The tables the change reaches (the school results, the means, the changes, the trends) are written again;
        // the others' rows are copied from the last build's files, and the files are still those of a fresh build.
        var (copied, total) = BlockCounts(log);
        Assert.InRange(copied, 1, total - 4);
    }

    [Fact]
    public async Task The_kept_analysis_is_only_that_of_the_last_build_still_in_the_output_folder_and_whole()
    {
        using var temp = TestPaths.Temp();
        var data = temp.Copy(TestPaths.Small, "data");
        var cache = Path.Combine(temp.Path, "cache");
        var (output, fresh) = (Path.Combine(temp.Path, "output"), Path.Combine(temp.Path, "fresh"));
        await Build(data, output, cache);
        await Build(data, fresh, cache: null);
        // A build into an emptied folder makes every page, and analyses everything too.
        Directory.Delete(output, recursive: true);
        Assert.Contains($"the means of 0 of 18 slices {Slices}", await Build(data, output, cache));
        // A kept analysis cut short (a full disk, a crash) is read as none.
        var kept = Directory.GetFiles(cache, "analysis-*.bin").Single();
        var bytes = await File.ReadAllBytesAsync(kept);
        await File.WriteAllBytesAsync(kept, bytes[..(bytes.Length / 2)]);
        ChangeOneCell(data);

        var log = await Build(data, output, cache);
        await Build(data, fresh, cache: null);

        Assert.Contains($"the means of 0 of 18 slices {Slices}", log);
        AssertSame(fresh, output);
        // Kept whole again by that build, for the next one.
        Assert.True(new FileInfo(kept).Length > bytes.Length / 2);
    }

    [Fact]
    public async Task Kept_blocks_of_rows_cut_short_or_of_a_table_edited_by_hand_are_not_copied()
    {
        using var temp = TestPaths.Temp();
        var data = temp.Copy(TestPaths.Small, "data");
        var (output, cache) = await BuildOnce(temp.Path, data);
        var fresh = Path.Combine(temp.Path, "fresh");
        await Build(data, fresh, cache: null);
        var kept = Directory.GetFiles(cache, "tables-*.bin").Single();
        var bytes = await File.ReadAllBytesAsync(kept);
        await File.WriteAllBytesAsync(kept, bytes[..(bytes.Length / 2)]);

        var log = await Build(data, output, cache);

        Assert.Equal(0, BlockCounts(log).Copied);
        // A table edited by hand at the same length, after the stamps: its rows are written again (the schools: three
        // rows, one block), the other tables' copied.
        var table = Path.Combine(output, "data", "schools.csv");
        var before = await File.ReadAllBytesAsync(table);
        File.Delete(table);
        await File.WriteAllBytesAsync(table, before.Select(b => b == (byte)',' ? (byte)';' : b).ToArray());
        log = await Build(data, output, cache);

        var (copied, total) = BlockCounts(log);
        Assert.Equal(total - 1, copied);
        Assert.Equal(before, await File.ReadAllBytesAsync(table));
        AssertSame(fresh, output);
    }

    [Fact]
    public async Task A_build_stopped_after_its_analysis_keeps_no_analysis_and_leaves_none_half_written()
    {
        // A damaged manifest of the last build stops the build when it decides the changes, after the analysis was
        // written for the next build: that analysis is removed, and the one of the build still in the folder kept.
        using var temp = TestPaths.Temp();
        var data = temp.Copy(TestPaths.Small, "data");
        var (output, cache) = await BuildOnce(temp.Path, data);
        var kept = Directory.GetFiles(cache, "analysis-*").Single();
        var before = await File.ReadAllBytesAsync(kept);
        await File.WriteAllTextAsync(Path.Combine(output, "manifest.json"), "{ not json");
        ChangeOneCell(data);

        var log = new StringWriter();
        var code = await BuildCommand.RunAsync(new BuildPaths(data, TestPaths.SmallInput, output, cache), log);

        Assert.Equal(ExitCodes.DataErrors, code);
        Assert.Contains("the previous build's manifest is damaged", log.ToString());
        Assert.Equal([kept], Directory.GetFiles(cache, "analysis-*"));
        Assert.Equal(before, await File.ReadAllBytesAsync(kept));
    }

    [Fact]
    public async Task A_file_changed_in_the_output_folder_by_hand_is_made_again_even_at_the_same_length()
    {
        using var temp = TestPaths.Temp();
        var (output, cache) = await BuildOnce(temp.Path);
        var page = SchoolPage(output);
        var table = Path.Combine(output, "data", "school_results.csv");
        var (pageBefore, tableBefore) = (await File.ReadAllBytesAsync(page), await File.ReadAllBytesAsync(table));
        // Edited in place (the same inode as the build wrote), as an editor that saves over the file does.
        await File.WriteAllBytesAsync(page, Edited(pageBefore));
        await File.WriteAllBytesAsync(table, tableBefore.Select(b => b == (byte)',' ? (byte)';' : b).ToArray());

        await Build(TestPaths.Small, output, cache);

        Assert.Equal(pageBefore, await File.ReadAllBytesAsync(page));
        Assert.Equal(tableBefore, await File.ReadAllBytesAsync(table));
    }

    [Fact]
    public async Task A_file_not_modified_since_the_last_stamps_is_trusted_by_its_length_and_time_without_being_read()
    {
        using var temp = TestPaths.Temp();
        var (output, cache) = await BuildOnce(temp.Path);
        var page = SchoolPage(output);
        var edited = Edited(await File.ReadAllBytesAsync(page));
        var time = File.GetLastWriteTimeUtc(page);
        // The same length and a time from before the stamps: what rsync's quick check trusts too. Had the build read
        // the file, it would have made it again.
        await File.WriteAllBytesAsync(page, edited);
        File.SetLastWriteTimeUtc(page, time);

        var log = await Build(TestPaths.Small, output, cache);

        Assert.Equal(edited, await File.ReadAllBytesAsync(page));
        Assert.Contains("kept from the last build", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stamps_a_build_cannot_trust_keep_nothing()
    {
        using var temp = TestPaths.Temp();
        var output = Path.Combine(temp.Path, "output");
        await Build(TestPaths.Small, output, Path.Combine(temp.Path, "cache"));
        var stamps = Path.Combine(output, OutputStamps.FileName);
        var lines = await File.ReadAllLinesAsync(stamps);
        var page = lines.Single(l => l.EndsWith(" skolor/11111111/index.html", StringComparison.Ordinal));

        Assert.NotNull(OutputStamps.Read(output).Previous("skolor/11111111/index.html"));
        // Another program's (or runtime's) stamps: it may render the same view differently.
        var other = lines[0].Replace("skolresultat-stamps ", "skolresultat-stamps 0");
        await File.WriteAllLinesAsync(stamps, [other, page]);
        Assert.Null(OutputStamps.Read(output).Previous("skolor/11111111/index.html"));
        // A damaged line is left out; the others are read.
        await File.WriteAllLinesAsync(stamps, [lines[0], "not a stamp skolor/22222222/index.html", page]);
        Assert.Null(OutputStamps.Read(output).Previous("skolor/22222222/index.html"));
        Assert.NotNull(OutputStamps.Read(output).Previous("skolor/11111111/index.html"));
    }
}
