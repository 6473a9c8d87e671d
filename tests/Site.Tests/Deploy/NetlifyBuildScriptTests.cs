using System.Diagnostics;

namespace Site.Tests.Deploy;

/// <summary>
/// Netlify's build command, deploy/netlify-build.sh, run as Netlify would (in dry-run mode, so that nothing is
/// downloaded or built): with the SDK on PATH it must use it and not reinstall; with no dotnet anywhere it must say
/// exactly what it would fetch, and from where, into Netlify's cache folder.
/// </summary>
public class NetlifyBuildScriptTests
{
    private static string Script => Path.Combine(TestPaths.Repo, "deploy", "netlify-build.sh");

    private static (int Exit, string Output) Run(string path, IDictionary<string, string> env)
    {
        var start = new ProcessStartInfo("/bin/bash", [Script])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["PATH"] = path;
        start.Environment["NETLIFY_BUILD_DRY_RUN"] = "1";
        foreach (var (key, value) in env)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output);
    }

    [Fact]
    public void With_the_sdk_on_path_it_uses_it_and_installs_nothing()
    {
        using var temp = TestPaths.Temp();

        var (exit, output) = Run(
            Environment.GetEnvironmentVariable("PATH")!,
            new Dictionary<string, string> { ["NETLIFY_BUILD_BASE"] = temp.Path });

        Assert.Equal(0, exit);
        Assert.Contains("netlify-build: using the .NET 10.0 SDK on PATH", output, StringComparison.Ordinal);
        Assert.DoesNotContain("installing", output, StringComparison.Ordinal);
        Assert.Contains("would run: ", output, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void With_no_dotnet_anywhere_it_says_what_it_would_fetch_into_the_cache_and_stops()
    {
        using var temp = TestPaths.Temp();
        // A PATH with the tools the script needs and no dotnet.
        var bin = Directory.CreateDirectory(Path.Combine(temp.Path, "bin")).FullName;
        foreach (var tool in new[] { "bash", "grep", "dirname", "readlink", "mkdir", "curl" })
        {
            var found = new[] { "/usr/bin", "/bin" }.Select(d => Path.Combine(d, tool)).FirstOrDefault(File.Exists);
            if (found is not null)
            {
                File.CreateSymbolicLink(Path.Combine(bin, tool), found);
            }
        }

        var (exit, output) = Run(
            bin,
            new Dictionary<string, string> { ["NETLIFY_BUILD_BASE"] = Path.Combine(temp.Path, "netlify") });

        Assert.Equal(0, exit);
        Assert.Contains(
            "netlify-build: no .NET 10.0 SDK found; installing channel 10.0 with https://dot.net/v1/dotnet-install.sh "
            + $"into {Path.Combine(temp.Path, "netlify", "cache", "dotnet")}",
            output,
            StringComparison.Ordinal);
        Assert.Contains("dry run, stopping before the download", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "netlify")), "nothing is written in a dry run");
    }
}
