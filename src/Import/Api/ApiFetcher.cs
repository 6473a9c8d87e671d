using System.Globalization;
using System.Text.Json;
using Site.Write;

namespace Site.Import.Api;

/// <summary>
/// Fetches the responses an offline import reads: for each municipality the listing of its school units with grade 9,
/// then each school unit and its statistics/gr, a few at a time. Bodies are saved whole or not at all, under the same
/// names a saved set has; each saved body is journalled, so an interrupted run resumes where it stopped, and
/// manifest.json is written last, only when nothing failed.
/// </summary>
public sealed class ApiFetcher(ApiFetchOptions options, TextWriter log)
{
    public async Task<IReadOnlyList<FetchOutcome>> RunAsync(CancellationToken cancel)
    {
        Directory.CreateDirectory(options.Folder);
        var manifest = ApiManifest.Open(options.Folder);
        var endpoints = new ApiEndpoints(options.BaseUrl);
        using var client = new ApiClient(options);
        var failures = new List<FetchOutcome>();

        var codes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var municipality in options.Municipalities)
        {
            var (listed, failure) = await ListAsync(municipality, endpoints, client, manifest, cancel);
            codes.UnionWith(listed);
            if (failure is not null)
            {
                failures.Add(failure);
            }
        }

        log.WriteLine(
            $"import: {codes.Count} school units with grade 9 listed in {options.Municipalities.Count} municipalities");
        var progress = new FetchProgress(codes.Count, log, options.ProgressInterval);
        var schoolFailures = new List<FetchOutcome>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Concurrency, CancellationToken = cancel };
        await Parallel.ForEachAsync(codes, parallel, async (code, token) =>
        {
            var ok = true;
            foreach (var request in new[] { endpoints.SchoolUnit(code), endpoints.Statistics(code) })
            {
                if (await FetchAsync(request, client, manifest, token) is { Succeeded: false } failed)
                {
                    ok = false;
                    lock (schoolFailures)
                    {
                        schoolFailures.Add(failed);
                    }
                }
            }

            progress.SchoolDone(ok);
        });

        failures.AddRange(schoolFailures.OrderBy(f => f.Request.File, StringComparer.Ordinal));
        if (failures.Count == 0)
        {
            manifest.Commit();
        }

        return failures;
    }

    /// <summary>Every page of a municipality's listing (a saved page is read from disk when resuming).</summary>
    private async Task<(IReadOnlyList<string> Codes, FetchOutcome? Failure)> ListAsync(
        string municipality, ApiEndpoints endpoints, ApiClient client, ApiManifest manifest, CancellationToken cancel)
    {
        var codes = new List<string>();
        for (int page = 0, pages = 1; page < pages; page++)
        {
            var request = endpoints.ListPage(municipality, page);
            var outcome = await FetchAsync(request, client, manifest, cancel);
            if (outcome is { Succeeded: false })
            {
                return (codes, outcome);
            }

            var body = outcome?.Body ?? File.ReadAllBytes(Path.Combine(options.Folder, request.File));
            using var document = JsonDocument.Parse(body);
            var (listed, total) = ApiBodyShapes.Listing(document.RootElement);
            codes.AddRange(listed);
            pages = total;
        }

        return (codes, null);
    }

    /// <summary>Fetches and saves one body; null when a previous run saved it and this one does not refresh.</summary>
    private async Task<FetchOutcome?> FetchAsync(
        ApiRequest request, ApiClient client, ApiManifest manifest, CancellationToken cancel)
    {
        if (!options.Refresh && manifest.Has(request.File))
        {
            return null;
        }

        var outcome = await client.GetAsync(request, cancel);
        if (outcome.Body is { } body)
        {
            WriteFiles.Replace(Path.Combine(options.Folder, request.File), body);
            var fetchedAt = DateTimeOffset.UtcNow
                .ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
            manifest.Add(new ManifestEntry(request.File, request.Url, ApiEndpoints.Accept, outcome.Status, fetchedAt));
        }

        return outcome;
    }
}
