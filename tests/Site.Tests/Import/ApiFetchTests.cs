using System.Text.Json;
using Site.Import;
using Site.Import.Api;
using Site.Load;

namespace Site.Tests.Import;

/// <summary>
/// import --from-api against a stand-in for Skolverket's API on 127.0.0.1 that serves the saved Stockholm responses:
/// the fetched set must import to the same bytes as the saved one, also when the server fails some requests first;
/// every failure that does not recover must name its URL, and nothing may be half-written.
/// </summary>
public sealed class ApiFetchTests
{
    private const string Root = "/planned-educations/v4/school-units";

    // Four schools of the saved set, each given a different fault.
    private const string A = "10230535";
    private const string B = "10360193";

    private static string[] SavedCodes =>
        Directory.GetFiles(Path.Combine(TestPaths.SavedApi, "statistics-gr"), "*.json")
        .Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public async Task A_fetched_set_imports_to_the_same_bytes_as_the_saved_one()
    {
        await using var api = await FakeSkolverketApi.StartAsync(TestPaths.SavedApi);
        using var temp = TestPaths.Temp();
        var (code, log, data, folder) = await FetchAndImport(api, temp);

        Assert.True(code == 0, log);
        AssertSameTidyFiles(data);
        // The bodies are saved exactly as served, under the saved set's names.
        foreach (var school in SavedCodes)
        {
            Assert.Equal(
                File.ReadAllBytes(Path.Combine(TestPaths.SavedApi, "statistics-gr", school + ".json")),
                File.ReadAllBytes(Path.Combine(folder, "statistics-gr", school + ".json")));
        }

        // Every request asked for the v4 media type, and the manifest says what was fetched, how and when.
        Assert.All(api.Requests, r => Assert.Equal(ApiEndpoints.Accept, r.Accept));
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, ApiManifest.FileName)));
        var entries = manifest.RootElement.EnumerateArray().ToList();
        Assert.Equal(
            ((SavedCodes.Length + ApiEndpoints.PageSize - 1) / ApiEndpoints.PageSize) + (2 * SavedCodes.Length),
            entries.Count);
        var first = entries.Single(e => e.GetProperty("file").GetString() == $"statistics-gr/{A}.json");
        Assert.Equal($"{api.BaseUrl}{Root}/{A}/statistics/gr", first.GetProperty("url").GetString());
        Assert.Equal(ApiEndpoints.Accept, first.GetProperty("accept").GetString());
        Assert.Equal(200, first.GetProperty("status").GetInt32());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", first.GetProperty("fetchedAt").GetString());
        Assert.False(File.Exists(Path.Combine(folder, ApiManifest.JournalName)));
        Assert.Contains($"import: {SavedCodes.Length} of {SavedCodes.Length} school units fetched, 0 failed", log);
    }

    [Fact]
    public async Task Rate_limits_server_errors_resets_timeouts_and_cut_off_bodies_are_retried_until_the_set_is_whole()
    {
        await using var api = await FakeSkolverketApi.StartAsync(TestPaths.SavedApi);
        var codes = SavedCodes;
        api.Queue($"{Root}/{codes[0]}/statistics/gr", new Fault.Status(429, "1"));
        api.Queue($"{Root}/{codes[1]}/statistics/gr", new Fault.Status(500), new Fault.Status(503));
        api.Queue($"{Root}/{codes[2]}", new Fault.Reset());
        api.Queue($"{Root}/{codes[3]}/statistics/gr", new Fault.Delay(TimeSpan.FromSeconds(3)));
        api.Queue($"{Root}/{codes[4]}/statistics/gr", new Fault.Truncated());
        api.Queue(Root, new Fault.Status(502));
        using var temp = TestPaths.Temp();

        var (code, log, data, _) = await FetchAndImport(api, temp, requestTimeout: TimeSpan.FromSeconds(1));

        Assert.True(code == 0, log);
        AssertSameTidyFiles(data);
        Assert.Equal(2, api.Count($"{Root}/{codes[0]}/statistics/gr"));
        Assert.Equal(3, api.Count($"{Root}/{codes[1]}/statistics/gr"));
        Assert.Equal(2, api.Count($"{Root}/{codes[2]}"));
        Assert.Equal(2, api.Count($"{Root}/{codes[3]}/statistics/gr"));
        Assert.Equal(2, api.Count($"{Root}/{codes[4]}/statistics/gr"));
        // The retry after the 429 waited as long as its Retry-After said (1 s), not the test's 20 ms backoff.
        var times = api.Requests.Where(r => r.Path == $"{Root}/{codes[0]}/statistics/gr").Select(r => r.At).ToList();
        Assert.True(times[1] - times[0] >= TimeSpan.FromSeconds(0.95), $"{(times[1] - times[0]).TotalSeconds} s");
    }

    [Fact]
    public async Task A_missing_school_unit_is_not_retried_stops_the_import_naming_its_url_and_the_next_run_resumes()
    {
        await using var api = await FakeSkolverketApi.StartAsync(TestPaths.SavedApi);
        api.Always($"{Root}/{A}", new Fault.Status(404));
        using var temp = TestPaths.Temp();

        var (code, log, data, folder) = await FetchAndImport(api, temp);

        Assert.Equal(1, code);
        Assert.Equal(1, api.Count($"{Root}/{A}"));
        Assert.Contains($"{api.BaseUrl}{Root}/{A}: HTTP 404 Not Found", log);
        Assert.Contains("1 failed", log);
        // Nothing imported, no manifest: the set is incomplete. What was fetched is kept, each body whole.
        Assert.False(File.Exists(Path.Combine(folder, ApiManifest.FileName)));
        Assert.False(Directory.Exists(Path.Combine(data, "results")));
        Assert.False(File.Exists(Path.Combine(folder, "school-units", A + ".json")));
        Assert.Empty(Directory.GetFiles(folder, "*.tmp-*", SearchOption.AllDirectories));

        // Once the school is back, a second run fetches only what is missing, and the set imports as the saved one
        // does.
        api.Clear();
        var before = api.Requests.Count;
        var (again, log2, _, _) = await FetchAndImport(api, temp);
        Assert.True(again == 0, log2);
        Assert.Equal(1, api.Requests.Count - before);
        AssertSameTidyFiles(data);
    }

    [Fact]
    public async Task A_body_of_an_unexpected_shape_is_refused_without_retrying_and_is_not_saved()
    {
        await using var api = await FakeSkolverketApi.StartAsync(TestPaths.SavedApi);
        api.Always($"{Root}/{B}/statistics/gr", new Fault.Replace("""{"message":"Internal rewrite","items":[]}"""));
        using var temp = TestPaths.Temp();

        var (code, log, _, folder) = await FetchAndImport(api, temp);

        Assert.Equal(1, code);
        Assert.Equal(1, api.Count($"{Root}/{B}/statistics/gr"));
        Assert.Contains(
            $"{api.BaseUrl}{Root}/{B}/statistics/gr: unexpected body: 'schoolUnit' is missing, not the requested "
            + $"school unit {B}",
            log);
        Assert.False(File.Exists(Path.Combine(folder, "statistics-gr", B + ".json")));
    }

    [Fact]
    public async Task A_server_that_keeps_failing_is_given_up_after_the_retries_and_another_client_error_at_once()
    {
        await using var api = await FakeSkolverketApi.StartAsync(TestPaths.SavedApi);
        api.Always($"{Root}/{A}/statistics/gr", new Fault.Status(500));
        api.Always($"{Root}/{B}", new Fault.Status(400));
        using var temp = TestPaths.Temp();

        var (code, log, _, _) = await FetchAndImport(api, temp);

        Assert.Equal(1, code);
        Assert.Equal(4, api.Count($"{Root}/{A}/statistics/gr"));
        Assert.Contains($"{Root}/{A}/statistics/gr: HTTP 500 Internal Server Error (after 4 attempts)", log);
        Assert.Equal(1, api.Count($"{Root}/{B}"));
        Assert.Contains($"{Root}/{B}: HTTP 400 Bad Request", log);
    }

    [Fact]
    public async Task Refresh_fetches_every_response_again_and_without_it_a_complete_set_is_not_fetched_twice()
    {
        await using var api = await FakeSkolverketApi.StartAsync(TestPaths.SavedApi);
        using var temp = TestPaths.Temp();
        await FetchAndImport(api, temp);
        var once = api.Requests.Count;

        await FetchAndImport(api, temp);
        Assert.Equal(once, api.Requests.Count);

        var (code, log, data, _) = await FetchAndImport(api, temp, refresh: true);
        Assert.True(code == 0, log);
        Assert.Equal(2 * once, api.Requests.Count);
        AssertSameTidyFiles(data);
    }

    [Fact]
    public void Every_saved_response_has_the_shape_the_fetch_accepts()
    {
        var endpoints = new ApiEndpoints(ApiEndpoints.DefaultBaseUrl);
        foreach (var folder in new[] { TestPaths.SavedApi, Path.Combine(
            TestPaths.Repo,
            "examples",
            "stockholms-lan",
            "sources",
            "skolverket-api") })
        {
            foreach (var file in Directory.GetFiles(
                Path.Combine(folder, "statistics-gr")).Concat(Directory.GetFiles(Path.Combine(folder, "school-units"))))
            {
                var school = Path.GetFileNameWithoutExtension(file);
                var request = file.Contains("statistics-gr", StringComparison.Ordinal)
                    ? endpoints.Statistics(school)
                    : endpoints.SchoolUnit(school);
                using var document = JsonDocument.Parse(File.ReadAllBytes(file));
                Assert.Null(ApiBodyShapes.Problem(request, document.RootElement));
            }
        }
    }

    /// <param name="requestTimeout">
    /// One request's timeout: short only where a test makes the server hang. Elsewhere a local request that waited for
    /// a core longer than a second, with the other test classes running beside it, was retried, and a test that counts
    /// every request was one off (two fresh-clone runs of .ci/run).
    /// </param>
    private static async Task<(int Code, string Log, string Data, string Folder)> FetchAndImport(
        FakeSkolverketApi api, TempFolder temp, bool refresh = false, TimeSpan? requestTimeout = null)
    {
        var data = Path.Combine(temp.Path, "data");
        if (!Directory.Exists(data))
        {
            Directory.CreateDirectory(data);
            File.Copy(
                Path.Combine(TestPaths.RealData, LoadInputs.SettingsFile),
                Path.Combine(data, LoadInputs.SettingsFile));
            File.Copy(
                Path.Combine(TestPaths.RealData, LoadInputs.SchoolsFile),
                Path.Combine(data, LoadInputs.SchoolsFile));
        }

        var folder = Path.Combine(data, "sources", "skolverket-api");
        var options = new ApiFetchOptions
        {
            BaseUrl = api.BaseUrl,
            Municipalities = ["0180"],
            Folder = folder,
            Refresh = refresh,
            RequestTimeout = requestTimeout ?? TimeSpan.FromSeconds(30),
            MaxRetries = 3,
            RetryDelay = TimeSpan.FromMilliseconds(20),
        };
        var log = new StringWriter();
        var code = await ApiImportCommand.RunAsync(options, data, log, CancellationToken.None);
        return (code, log.ToString(), data, folder);
    }

    /// <summary>The tidy files and registry are byte for byte those the offline import made from the saved
    /// set.</summary>
    private static void AssertSameTidyFiles(string data)
    {
        foreach (var file in new[] { Path.Combine(
            "results",
            ImportCommand.ResultsFileName), Path.Combine(
                "resources",
                ImportCommand.MetricsFileName), LoadInputs.SchoolsFile })
        {
            Assert.Equal(
                File.ReadAllBytes(Path.Combine(TestPaths.RealData, file)),
                File.ReadAllBytes(Path.Combine(data, file)));
        }
    }
}
