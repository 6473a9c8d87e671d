using System.Net;
using System.Net.Sockets;
using Site.Build;

namespace Site.Tests.Build;

/// <summary>
/// preview serves from memory what build writes to disk, byte for byte; a saved change shows once it says Ready; a
/// change with errors keeps the last good site; and it never writes the output folder.
/// </summary>
public sealed class PreviewCommandTests : IDisposable
{
    private readonly TempFolder temp = TestPaths.Temp();
    private readonly CancellationTokenSource stop = new();
    private readonly StringWriter text = new();
    private readonly TextWriter log;
    private readonly HttpClient http = new(new HttpClientHandler { AllowAutoRedirect = false });
    private string data = "";
    private string output = "";
    private Task<int>? preview;

    public PreviewCommandTests() => log = TextWriter.Synchronized(text);

    [Fact]
    public async Task Every_file_preview_serves_is_the_file_build_writes()
    {
        await Start();
        var built = Path.Combine(temp.Path, "built");
        Assert.Equal(
            ExitCodes.Ok,
            await BuildCommand.RunAsync(new BuildPaths(data, TestPaths.SmallInput, built), new StringWriter()));

        // The folder's marker and the stamps of its files are the build's own, and not served.
        var files = Directory.GetFiles(built, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(built, f).Replace('\\', '/'))
            .Where(f => f != Write.StagedSite.Marker && f != Site.Render.OutputStamps.FileName)
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Contains("skolor/11111111/index.html", files);
        Assert.Contains("data/skolresultat.zip", files);
        foreach (var file in files)
        {
            var response = await http.GetAsync(Url("/" + file));
            Assert.True(response.StatusCode == HttpStatusCode.OK, file);
            var served = await response.Content.ReadAsByteArrayAsync();
            var written = await File.ReadAllBytesAsync(Path.Combine(built, file));
            Assert.True(served.SequenceEqual(written), file);
        }

        Assert.Equal(
            "text/html; charset=utf-8",
            (await http.GetAsync(Url("/skolor/11111111/"))).Content.Headers.ContentType?.ToString());
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public async Task Folders_redirect_and_unknown_paths_get_the_404_page_in_their_language()
    {
        await Start();

        var folder = await http.GetAsync(Url("/skolor/11111111"));
        var missing = await http.GetAsync(Url("/finns-inte/"));
        var missingEnglish = await http.GetAsync(Url("/en/does-not-exist/"));

        Assert.Equal(HttpStatusCode.Redirect, folder.StatusCode);
        Assert.Equal("/skolor/11111111/", folder.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Sidan finns inte", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missingEnglish.StatusCode);
        Assert.Contains("Page not found", await missingEnglish.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_saved_change_shows_after_Ready_and_a_broken_one_keeps_the_last_good_site()
    {
        await Start();
        Assert.Contains("210,0", await Page("/skolor/22222222/"), StringComparison.Ordinal);

        await Change(text => text.Replace(";~100;210", ";~100;212,5", StringComparison.Ordinal));
        var changed = await Page("/skolor/22222222/");
        Assert.Contains("212,5", changed, StringComparison.Ordinal);
        Assert.DoesNotContain("210,0", changed, StringComparison.Ordinal);

        await Change(
            text => text.Replace(";212,5", ";999,9", StringComparison.Ordinal),
            expect: "The preview still shows the last good site");
        Assert.Contains("212,5", await Page("/skolor/22222222/"), StringComparison.Ordinal);
        Assert.Contains("export-2024.csv:8:11: error:", Log(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public async Task Started_with_errors_it_says_so_until_a_save_fixes_them()
    {
        await Start(broken: true);

        var before = await http.GetAsync(Url("/"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, before.StatusCode);
        Assert.Contains("the data has errors", await before.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("export-2024.csv:8:11: error:", Log(), StringComparison.Ordinal);

        await Change(text => text.Replace(";~100;999,9", ";~100;210", StringComparison.Ordinal));
        Assert.Contains("210,0", await Page("/skolor/22222222/"), StringComparison.Ordinal);
    }

    private async Task Start(bool broken = false)
    {
        data = temp.Copy(TestPaths.Small, "data");
        if (broken)
        {
            var export = Path.Combine(data, "results", "export-2024.csv");
            await File.WriteAllTextAsync(
                export,
                (await File.ReadAllTextAsync(export)).Replace(";~100;210", ";~100;999,9", StringComparison.Ordinal));
        }

        output = Path.Combine(temp.Path, "output");
        var port = FreePort();
        http.BaseAddress = new Uri($"http://127.0.0.1:{port}");
        preview = Task.Run(() => PreviewCommand.RunAsync(
            new BuildPaths(data, TestPaths.SmallInput, output),
            port,
            log,
            stop.Token));
        await Until(() => Log().Contains("Preview: http://", StringComparison.Ordinal), "preview to start");
    }

    /// <summary>Saves a change to the export and waits for preview's answer to it.</summary>
    private async Task Change(Func<string, string> edit, string expect = "Ready:")
    {
        var export = Path.Combine(data, "results", "export-2024.csv");
        var before = Count(expect);
        await File.WriteAllTextAsync(export, edit(await File.ReadAllTextAsync(export)));
        await Until(() => Count(expect) > before, $"'{expect}' after the change");
    }

    private int Count(string text) => Log().Split('\n').Count(l => l.StartsWith(text, StringComparison.Ordinal));

    private async Task<string> Page(string path) => await http.GetStringAsync(Url(path));

    private string Log()
    {
        lock (log)
        {
            return text.ToString();
        }
    }

    private static Uri Url(string path) => new(path, UriKind.Relative);

    private async Task Until(Func<bool> condition, string what)
    {
        for (var waited = 0; !condition(); waited += 20)
        {
            Assert.False(preview?.IsCompleted == true, $"preview stopped while waiting for {what}:\n{Log()}");
            Assert.True(waited < 60_000, $"no {what} within a minute:\n{Log()}");
            await Task.Delay(20);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        stop.Cancel();
        preview?.Wait(TimeSpan.FromSeconds(10));
        http.Dispose();
        stop.Dispose();
        temp.Dispose();
    }
}
