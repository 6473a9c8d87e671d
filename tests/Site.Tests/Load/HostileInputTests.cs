using Site.Build;

namespace Site.Tests.Load;

/// <summary>The hostile-input corpus (fixtures/hostile/README.md): every case ends in a clear error or a correct site,
/// never a crash, a hang, a write outside the output or a half-written site.</summary>
public class HostileInputTests
{
    private static readonly string Corpus = Path.Combine(TestPaths.Fixtures, "hostile");

    public static TheoryData<string> Cases() => [.. CaseNames()];

    private static IEnumerable<string> CaseNames() =>
        Directory.GetDirectories(Corpus).Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal);

    [Fact]
    public void The_corpus_covers_what_the_issue_lists()
    {
        var cases = CaseNames().ToList();

        Assert.True(cases.Count >= 35, $"{cases.Count} cases");
        Assert.All(cases, c => Assert.True(File.Exists(Path.Combine(Corpus, c, "expect.txt")), c));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_case_ends_as_expected(string name)
    {
        var expect = File.ReadAllLines(Path.Combine(Corpus, name, "expect.txt"))
            .Where(l => l.Length > 0)
            .Select(l => (
                Key: l[..l.IndexOf(':', StringComparison.Ordinal)],
                Value: l[(l.IndexOf(':', StringComparison.Ordinal) + 2)..]))
            .ToList();
        using var temp = TestPaths.Temp();
        var data = temp.Copy(TestPaths.Small, "data");
        foreach (var (_, path) in expect.Where(e => e.Key == "remove"))
        {
            File.Delete(Path.Combine(data, path));
        }

        var overlay = Path.Combine(Corpus, name, "files");
        foreach (var file in Directory.Exists(overlay)
            ? Directory.GetFiles(overlay, "*", SearchOption.AllDirectories)
            : [])
        {
            var target = Path.Combine(data, Path.GetRelativePath(overlay, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }

        foreach (var (_, spec) in expect.Where(e => e.Key == "generate"))
        {
            var parts = spec.Split(' ');
            await File.WriteAllTextAsync(Path.Combine(data, parts[0]), Generate(parts[1]));
        }

        var output = Path.Combine(temp.Path, "output");
        Assert.Equal(
            0,
            await BuildCommand.RunAsync(
                new BuildPaths(TestPaths.Small, TestPaths.SmallInput, output),
                TextWriter.Null));
        var before = Snapshot(output);
        var log = new StringWriter();

        var code = await BuildCommand.RunAsync(new BuildPaths(data, TestPaths.SmallInput, output), log)
            .WaitAsync(TimeSpan.FromMinutes(2));

        var outcome = expect.Single(e => e.Key == "outcome").Value;
        Assert.True(code == (outcome == "ok" ? 0 : 1), $"{name}: exit code {code}\n{log}");
        Assert.Equal(["data", "output"], TestPaths.Beside(temp.Path));
        foreach (var (key, value) in expect)
        {
            switch (key)
            {
                case "log":
                    Assert.Contains(value, log.ToString(), StringComparison.Ordinal);
                    break;
                case "absent":
                    Assert.All(
                        Snapshot(output).Where(f => !f.Key.StartsWith("assets", StringComparison.Ordinal)),
                        f => Assert.False(
                            System.Text.Encoding.UTF8.GetString(f.Value).Contains(value, StringComparison.Ordinal),
                            $"{f.Key} contains {value}"));
                    break;
                case "absent-in-pages":
                    Assert.All(
                        Snapshot(output).Where(f => Path.GetExtension(f.Key) is ".html" or ".xml"),
                        f => Assert.False(
                            System.Text.Encoding.UTF8.GetString(f.Value).Contains(value, StringComparison.Ordinal),
                            $"{f.Key} contains {value}"));
                    break;
                case "file":
                    var (path, text) = (
                        value[..value.IndexOf(" contains ", StringComparison.Ordinal)],
                        value[(value.IndexOf(" contains ", StringComparison.Ordinal) + 10)..]);
                    Assert.Contains(
                        text,
                        await File.ReadAllTextAsync(Path.Combine(output, path)),
                        StringComparison.Ordinal);
                    break;
                case "order":
                    var parts = value[(value.IndexOf(' ', StringComparison.Ordinal) + 1)..].Split(" | ");
                    var content = await File.ReadAllTextAsync(
                        Path.Combine(output, value[..value.IndexOf(' ', StringComparison.Ordinal)]));
                    var positions = parts.Select(p => content.IndexOf(p, StringComparison.Ordinal)).ToList();
                    Assert.True(
                        positions.All(p => p >= 0) && positions.SequenceEqual(positions.Order()),
                        $"{name}: not in order: {value}");
                    break;
            }
        }

        if (outcome == "error")
        {
            Assert.Contains("Nothing was written", log.ToString(), StringComparison.Ordinal);
            var after = Snapshot(output);
            Assert.Equal(before.Keys.Order(), after.Keys.Order());
            Assert.All(before, pair => Assert.True(pair.Value.SequenceEqual(after[pair.Key]), pair.Key));
        }
    }

    private static string Generate(string generator) => generator switch
    {
        "ten-megabyte-field" => "school_code,school_year,measure,status,value\n11111111,2023/24,merit_value,ok,"
            + new string('9', 10_000_000) + "\n",
        _ => throw new ArgumentException($"no generator named {generator}", nameof(generator)),
    };

    private static Dictionary<string, byte[]> Snapshot(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes);
}
