using Site.Diagnostics;
using Site.Load;

namespace Site.Import.Api;

/// <summary>
/// <c>import --from-api</c>: fetch the responses from Skolverket's API into the responses folder, then run the offline
/// import on them, so that a fetched and a saved set give the same tidy files. Nothing is imported when a request
/// failed: the summary lists each failure with its URL, what was saved stays, and the next run resumes from it.
/// </summary>
public static class ApiImportCommand
{
    public static async Task<int> RunAsync(
        ApiFetchOptions options, string dataFolder, TextWriter log, CancellationToken cancel)
    {
        var mode = options.Refresh ? "everything again" : "resuming from what is saved";
        log.WriteLine(
            $"import: fetching from {options.BaseUrl} for municipalities {string.Join(", ", options.Municipalities)} " +
            $"into {options.Folder} ({mode})");
        var failures = await new ApiFetcher(options, log).RunAsync(cancel);
        if (failures.Count > 0)
        {
            log.WriteLine($"import: {failures.Count} request(s) failed:");
            foreach (var failure in failures)
            {
                log.WriteLine($"  {failure.Request.Url}: {failure.Failure}");
            }

            log.WriteLine(
                $"import: nothing imported and no manifest written; what was fetched is saved in {options.Folder}, " +
                $"and running the same command again fetches only what is missing. If Skolverket's API is down, " +
                $"import the last complete saved set with 'import --api {options.Folder}'.");
            return ExitCodes.DataErrors;
        }

        log.WriteLine($"import: every response saved; {ApiManifest.FileName} written");
        return ImportCommand.Run(options.Folder, dataFolder, log);
    }

    /// <summary>The API's base URL as given with --api-url, or null (and why, in the log) when it is not
    /// http(s).</summary>
    public static string? BaseUrl(string given, TextWriter log)
    {
        if (Uri.TryCreate(given, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
        {
            return url.ToString();
        }

        log.WriteLine($"error: --api-url must be an http or https address (value: '{given}')");
        return null;
    }

    /// <summary>The municipalities to fetch: those on the command line, else those of the data folder's
    /// site.json.</summary>
    public static IReadOnlyList<string>? Municipalities(string? given, string dataFolder, TextWriter log)
    {
        if (given is not null)
        {
            var codes = given.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (codes.Length == 0 || codes.Any(c => c.Length != 4 || !c.All(char.IsAsciiDigit)))
            {
                log.WriteLine(
                    $"error: --municipalities takes 4-digit municipality codes separated by commas, e.g. 0180,0138 " +
                    $"(value: '{given}')");
                return null;
            }

            return codes;
        }

        var path = Path.Combine(dataFolder, LoadInputs.SettingsFile);
        var diagnostics = new DiagnosticBag();
        var settings = File.Exists(path) ? SiteSettingsReader.Read(path, File.ReadAllText(path), diagnostics) : null;
        foreach (var diagnostic in diagnostics.Sorted())
        {
            log.WriteLine(diagnostic);
        }

        if (settings is null)
        {
            log.WriteLine(
                $"error: no municipalities to fetch: {path} is missing or has errors; " +
                $"name them with --municipalities 0180,0138");
            return null;
        }

        if (settings.AllMunicipalities)
        {
            log.WriteLine(
                $"error: {path} publishes all municipalities; name the ones to fetch with --municipalities " +
                $"(fetching the whole country is 290 listings and thousands of school units)");
            return null;
        }

        return settings.Municipalities;
    }
}
