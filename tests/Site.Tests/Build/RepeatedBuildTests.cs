using Site.Build;

namespace Site.Tests.Build;

/// <summary>
/// `build --repeat N`, for measuring a warm build (bench/run): every build from an empty output folder, as the first,
/// so each makes the whole site and none keeps files from the one before (and never a folder this program did not
/// write: BuildBehaviourTests).
/// </summary>
public class RepeatedBuildTests
{
    [Fact]
    public async Task Each_repeated_build_makes_every_file_again_and_the_last_leaves_the_same_site_as_one_build()
    {
        using var temp = TestPaths.Temp();
        var once = Path.Combine(temp.Path, "once");
        var repeated = Path.Combine(temp.Path, "repeated");
        await BuildCommand.RunAsync(new BuildPaths(TestPaths.Small, TestPaths.SmallInput, once), TextWriter.Null);

        var log = new StringWriter();
        var code = await BuildCommand.RepeatAsync(
            new BuildPaths(TestPaths.Small, TestPaths.SmallInput, repeated), 3, log);

        Assert.Equal(0, code);
        var lines = log.ToString().Split('\n');
        Assert.Equal(3, lines.Count(l => l.StartsWith("Build ", StringComparison.Ordinal) && l.Contains(" of 3: ")));
        // The last build's own log: nothing kept from the build before it.
        Assert.Contains(lines, l => l.Contains("0 pages and 0 data files kept from the last build"));
        var files = Directory.GetFiles(once, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(once, f))
            .Where(f => f != ".site-stamps")
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(
            files,
            Directory.GetFiles(repeated, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(repeated, f))
                .Where(f => f != ".site-stamps")
                .Order(StringComparer.Ordinal));
        Assert.All(files, f => Assert.True(
            File.ReadAllBytes(Path.Combine(once, f)).SequenceEqual(File.ReadAllBytes(Path.Combine(repeated, f))), f));
    }
}
