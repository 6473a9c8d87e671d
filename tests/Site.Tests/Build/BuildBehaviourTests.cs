using Site.Build;

namespace Site.Tests.Build;

/// <summary>What a build guarantees about its output: determinism, atomic replacement, layout-independence (escaping:
/// <see cref="EscapingTests"/>).</summary>
public class BuildBehaviourTests
{
    private static async Task<(int Code, string Log)> Build(string data, string input, string output)
    {
        var log = new StringWriter();
        var code = await BuildCommand.RunAsync(new BuildPaths(data, input, output), log);
        return (code, log.ToString());
    }

    private static Dictionary<string, byte[]> Snapshot(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes);

    [Fact]
    public async Task Two_builds_of_the_same_inputs_are_byte_identical()
    {
        using var temp = TestPaths.Temp();
        var first = Path.Combine(temp.Path, "a");
        var second = Path.Combine(temp.Path, "b");

        await Build(TestPaths.Small, TestPaths.SmallInput, first);
        await Build(TestPaths.Small, TestPaths.SmallInput, second);

        var a = Snapshot(first);
        var b = Snapshot(second);
        Assert.Equal(a.Keys.Order(), b.Keys.Order());
        Assert.All(a, pair => Assert.True(pair.Value.SequenceEqual(b[pair.Key]), pair.Key));
    }

    [Fact]
    public async Task A_failed_build_leaves_the_previous_site_untouched()
    {
        using var temp = TestPaths.Temp();
        var output = Path.Combine(temp.Path, "output");
        await Build(TestPaths.Small, TestPaths.SmallInput, output);
        var before = Snapshot(output);
        var broken = temp.Copy(TestPaths.Small, "broken");
        File.AppendAllText(Path.Combine(broken, "results", "history.csv"), "11111111,2022/23,merit_value,ok,999\n");

        var (code, log) = await Build(broken, TestPaths.SmallInput, output);

        Assert.Equal(1, code);
        Assert.Contains("history.csv:10:5: error: merit_value must lie between 0–340 (value: '999')", log);
        Assert.Contains("Nothing was written", log);
        var after = Snapshot(output);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before, pair => Assert.True(pair.Value.SequenceEqual(after[pair.Key]), pair.Key));
        Assert.Equal(
            ["output"],
            Directory.GetDirectories(temp.Path)
                .Select(Path.GetFileName)
                .Where(n => n!.Contains("output", StringComparison.Ordinal)));
    }

    /// <param name="times">Built once, or again and again in one process (`build --repeat`, for measuring), which
    /// removes the folder it wrote before each build after the first: never one it did not write.</param>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task A_folder_not_written_by_the_build_is_never_replaced(int times)
    {
        using var temp = TestPaths.Temp();
        var output = Path.Combine(temp.Path, "precious");
        Directory.CreateDirectory(output);
        await File.WriteAllTextAsync(Path.Combine(output, "keep.txt"), "mine");

        var writer = new StringWriter();
        var code = await BuildCommand.RepeatAsync(
            new BuildPaths(TestPaths.Small, TestPaths.SmallInput, output), times, writer);
        var log = writer.ToString();

        Assert.Equal(1, code);
        Assert.Contains("was not written by this program", log);
        Assert.Equal("mine", await File.ReadAllTextAsync(Path.Combine(output, "keep.txt")));
    }

    [Fact]
    public async Task Crlf_no_footer_no_final_newline_and_another_row_order_give_the_same_school_pages()
    {
        using var temp = TestPaths.Temp();
        var data = temp.Copy(TestPaths.RealData, "data");
        var export = Path.Combine(data, "results", Path.GetFileName(TestPaths.RealExport));
        var original = Path.Combine(temp.Path, "original");
        var changed = Path.Combine(temp.Path, "changed");
        var input = Path.Combine(TestPaths.Repo, "input");
        await Build(data, input, original);

        var text = await File.ReadAllTextAsync(export);
        var lines = text[..text.IndexOf("\n;;;;;;;;;;\nRapportbeskrivning", StringComparison.Ordinal)]
            .Split('\n')
            .ToList();
        var rows = lines.Skip(6).ToList();
        rows.Reverse();
        await File.WriteAllTextAsync(export, string.Join("\r\n", lines.Take(6).Concat(rows)));
        var (code, _) = await Build(data, input, changed);

        Assert.Equal(0, code);
        var before = Snapshot(Path.Combine(original, "skolor"));
        var after = Snapshot(Path.Combine(changed, "skolor"));
        Assert.Equal(151, before.Count);
        Assert.All(before, pair => Assert.True(pair.Value.SequenceEqual(after[pair.Key]), pair.Key));
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("{\"illustrative\": false}", false)]
    [InlineData("{\"illustrative\": true, \"note\": \"Påhittade belopp.\"}", true)]
    public async Task Allocation_figures_carry_the_illustrative_notice_only_when_the_sidecar_says_so(
        string? sidecar,
        bool notice)
    {
        using var temp = TestPaths.Temp();
        var data = temp.Copy(TestPaths.Small, "data");
        Directory.CreateDirectory(Path.Combine(data, "allocation"));
        File.Copy(
            Path.Combine(TestPaths.Fixtures, "allocation", "swedish.csv"),
            Path.Combine(data, "allocation", "city.csv"));
        if (sidecar is not null)
        {
            await File.WriteAllTextAsync(Path.Combine(data, "allocation", "city.meta.json"), sidecar);
        }

        using var site = new BuiltSite(data, TestPaths.SmallInput);

        Assert.Equal(0, site.ExitCode);
        foreach (var path in new[] { "/", "/omraden/norra-on/", "/skolor/11111111/" })
        {
            var page = site.Page(path);
            Assert.NotNull(page.QuerySelector("#funding, #allocation"));
            Assert.Equal(notice, page.QuerySelector(".notice.illustrative") is not null);
            Assert.Equal(notice, page.Body!.TextContent.Contains("Påhittade belopp.", StringComparison.Ordinal));
        }

        var allocation = await File.ReadAllTextAsync(Path.Combine(site.Output, "data", "allocation.csv"));
        Assert.Contains($"11111111,2024/25,12.5,1900,1104,{(notice ? "true" : "false")}", allocation);
    }

    [Fact]
    public async Task Csv_exports_neutralise_formulas_in_text_but_keep_numbers_numeric()
    {
        using var temp = TestPaths.Temp();
        var data = temp.Copy(TestPaths.Small, "data");
        var schools = Path.Combine(data, "schools.csv");
        await File.WriteAllTextAsync(
            schools,
            (await File.ReadAllTextAsync(schools))
                .Replace("11111111,Norra skolan,", "11111111,\"=HYPERLINK(\"\"http://x\"\")\",")
                .Replace("22222222,Södra skolan,", "22222222,-Södra skolan,"));

        using var site = new BuiltSite(data, TestPaths.SmallInput);

        var rfc = await File.ReadAllTextAsync(Path.Combine(site.Output, "data", "schools.csv"));
        var excel = await File.ReadAllTextAsync(Path.Combine(site.Output, "data", "excel", "schools.csv"));
        Assert.Contains("11111111,\"'=HYPERLINK(\"\"http://x\"\")\",", rfc);
        Assert.Contains("22222222,'-Södra skolan,", rfc);
        Assert.Contains("11111111;\"'=HYPERLINK(\"\"http://x\"\")\";", excel);
        var aggregates = await File.ReadAllTextAsync(Path.Combine(site.Output, "data", "aggregates.csv"));
        Assert.Contains(
            "district,sodra-on,all,2024/25,merit_value,unweighted,210.0,210.0,210.0,1,2,40,40,-20.3",
            aggregates);
        Assert.Contains(
            "stadsdelsområde;sodra-on;alla;2024/25;meritvärde;oviktat;210,0;210,0;210,0;1;2;40;40;-20,3",
            await File.ReadAllTextAsync(Path.Combine(site.Output, "data", "excel", "aggregates.csv")));
    }

    [Fact]
    public async Task A_rebuild_leaves_unchanged_files_untouched_on_disk()
    {
        using var temp = TestPaths.Temp();
        var data = temp.Copy(TestPaths.Small, "data");
        var output = Path.Combine(temp.Path, "output");
        await Build(data, TestPaths.SmallInput, output);
        var untouched = Path.Combine(output, "skolor", "index.html");
        var changed = Path.Combine(output, "skolor", "11111111", "index.html");
        // The data package zip is written through a stream, not handed over in memory: it is kept the same way.
        var zip = Path.Combine(output, "data", Site.Render.DataPackage.ZipName);
        var before = (
            Untouched: TestPaths.Inode(untouched), Changed: TestPaths.Inode(changed), Zip: TestPaths.Inode(zip));

        var (_, same) = await Build(data, TestPaths.SmallInput, output);
        Assert.Contains("Swap in… 0 of ", same);
        Assert.Equal(before.Zip, TestPaths.Inode(zip));
        var history = Path.Combine(data, "results", "history.csv");
        await File.WriteAllTextAsync(
            history,
            (await File.ReadAllTextAsync(
                history)).Replace("11111111,2023/24,merit_value,ok,245.0", "11111111,2023/24,merit_value,ok,246.0"));
        await Build(data, TestPaths.SmallInput, output);

        Assert.Equal(before.Untouched, TestPaths.Inode(untouched));
        Assert.NotEqual(before.Changed, TestPaths.Inode(changed));
        Assert.NotEqual(before.Zip, TestPaths.Inode(zip));
        Assert.Contains("246,0", await File.ReadAllTextAsync(changed));
    }

    [Fact]
    public async Task The_changes_page_lists_what_changed_since_the_previous_build_and_keeps_it_on_a_rebuild()
    {
        using var temp = TestPaths.Temp();
        var data = temp.Copy(TestPaths.Small, "data");
        var output = Path.Combine(temp.Path, "output");
        await Build(data, TestPaths.SmallInput, output);
        Assert.Contains(
            "första publiceringen",
            await File.ReadAllTextAsync(Path.Combine(output, "andringar", "index.html")));
        var history = Path.Combine(data, "results", "history.csv");
        await File.WriteAllTextAsync(
            history,
            (await File.ReadAllTextAsync(
                history)).Replace("22222222,2023/24,merit_value,ok,200", "22222222,2023/24,merit_value,ok,201"));

        await Build(data, TestPaths.SmallInput, output);
        var after = await File.ReadAllTextAsync(Path.Combine(output, "andringar", "index.html"));
        await Build(data, TestPaths.SmallInput, output);

        Assert.Contains("200,0 → 201,0", after);
        Assert.Equal(after, await File.ReadAllTextAsync(Path.Combine(output, "andringar", "index.html")));
        Assert.Contains(
            "201,0",
            await File.ReadAllTextAsync(
                Path.Combine(
                    output,
                    "en",
                    "andringar",
                    "index.html")).ContinueWith(t => t.Result.Replace("201.0", "201,0")));
    }

    [Fact]
    public async Task A_new_school_year_export_dropped_into_results_goes_end_to_end()
    {
        using var temp = TestPaths.Temp();
        var data = temp.Copy(TestPaths.RealData, "data");
        var export = await File.ReadAllTextAsync(TestPaths.RealExport);
        // Stands in for next term's export: the same layout, a new school year in the preamble, one value revised.
        var next = export.Replace("Valt läsår: 2024/25", "Valt läsår: 2025/26", StringComparison.Ordinal)
            .Replace(
                "Adolf Fredriks musikklasser;99648792;Stockholm;0180;Kommunal;Stockholms "
                + "kommun;2120000142;192;94,3;~100;299,1",
                "Adolf Fredriks musikklasser;99648792;Stockholm;0180;Kommunal;Stockholms "
                + "kommun;2120000142;190;95,0;~100;301,4",
                StringComparison.Ordinal);
        await File.WriteAllTextAsync(
            Path.Combine(data, "results", "Grundskola - Slutbetyg årskurs 9, samtliga elever 2026 Skolenhet.csv"),
            next,
            new System.Text.UTF8Encoding(true));
        var output = Path.Combine(temp.Path, "output");

        var (code, log) = await Build(data, Path.Combine(TestPaths.Repo, "input"), output);

        Assert.Equal(0, code);
        var changes = await File.ReadAllTextAsync(Path.Combine(output, "andringar", "index.html"));
        Assert.Contains("2025/26", changes);
        var school = await File.ReadAllTextAsync(Path.Combine(output, "skolor", "99648792", "index.html"));
        Assert.Contains("301,4", school);
        Assert.Contains(
            "2025/26,merit_value",
            await File.ReadAllTextAsync(Path.Combine(output, "data", "aggregates.csv")));
    }
}
