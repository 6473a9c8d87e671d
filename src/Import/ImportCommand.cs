using Site.Diagnostics;
using Site.Load;
using Site.Render;
using Site.Write;

namespace Site.Import;

/// <summary>
/// The import pipeline: read saved API responses → tidy results rows and registry rows → CSV → write into data/.
/// Nothing is written when any response has an error.
/// </summary>
public static class ImportCommand
{
    public const string ResultsFileName = "skolverket-api-statistics-gr.csv";

    /// <summary>The staff, national tests and eligibility from the same responses, in data/resources/.</summary>
    public const string MetricsFileName = "skolverket-api-staff-tests.csv";

    /// <summary>The latest fetchedAt date in the saved responses' manifest.json, when there is one.</summary>
    private static string? RetrievalDate(string apiFolder)
    {
        var manifest = Path.Combine(apiFolder, "manifest.json");
        if (!File.Exists(manifest))
        {
            return null;
        }

        using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(manifest));
        return document.RootElement.EnumerateArray()
            .Select(e => e.TryGetProperty("fetchedAt", out var f) ? f.GetString() : null)
            .OfType<string>()
            .Where(d => d.Length >= 10)
            .Select(d => d[..10])
            .Max(StringComparer.Ordinal);
    }

    public static int Run(string apiFolder, string dataFolder, TextWriter log)
    {
        var diagnostics = new DiagnosticBag();
        var responses = ApiResponseReader.Read(apiFolder, diagnostics);
        var schoolsPath = Path.Combine(dataFolder, LoadInputs.SchoolsFile);
        var existing = File.Exists(schoolsPath)
            && TextFileDecoder.Decode(schoolsPath, File.ReadAllBytes(schoolsPath), diagnostics) is { } text
            ? SchoolRegistryReader.Read(schoolsPath, text, diagnostics)
            : [];
        // A school gets a page from its grade-9 results; the staff and registry row of a school without any (an F–6
        // school that once had a grade 9, listed by the API for its school years) would only be rows the build warns
        // about, so they are left out here, and counted in the log. A fetched set (import --from-api) has such schools.
        var withResults = responses.Results.Select(r => r.SchoolCode).ToHashSet(StringComparer.Ordinal);
        var units = responses.SchoolUnits.Where(u => withResults.Contains(u.Code)).ToList();
        var registry = ImportPlan.RegistryRows(units, existing, diagnostics);
        var tidy = ImportPlan.TidyRows(responses.Results);
        var metrics = ImportPlan.TidyMetricRows(
            responses.Metrics.Where(m => withResults.Contains(m.SchoolCode)).ToList());
        var leftOut = responses.Metrics.Select(m => m.SchoolCode).Concat(responses.SchoolUnits.Select(u => u.Code))
            .Where(c => !withResults.Contains(c)).Distinct().Count();

        foreach (var diagnostic in diagnostics.Sorted())
        {
            log.WriteLine(diagnostic);
        }

        if (diagnostics.HasErrors)
        {
            log.WriteLine("import: nothing written because of the errors above.");
            return ExitCodes.DataErrors;
        }

        var resultsPath = Path.Combine(dataFolder, LoadInputs.ResultsFolder, ResultsFileName);
        var metricsPath = Path.Combine(dataFolder, LoadInputs.ResourcesFolder, MetricsFileName);
        var retrieved = RetrievalDate(apiFolder);
        foreach (var (path, rows) in new[] { (resultsPath, tidy), (metricsPath, metrics) })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            WriteFiles.Replace(path, CsvText.Write(TidyResultMap.Header.Split(','), rows));
            if (retrieved is not null)
            {
                WriteFiles.Replace(
                    Path.ChangeExtension(path, ".meta.json"),
                    System.Text.Encoding.UTF8.GetBytes($"{{\n  \"retrieved\": \"{retrieved}\"\n}}\n"));
            }
        }

        WriteFiles.Replace(
            schoolsPath,
            CsvText.Write(
                [
                    "school_code",
                    "name",
                    "municipality_code",
                    "organizer_type",
                    "lat",
                    "lon",
                    "district",
                    "successor_code"],
                registry));
        log.WriteLine(
            $"import: {tidy.Count} values of {responses.Results.Select(r => r.SchoolCode).Distinct().Count()} schools "
            + $"→ {resultsPath}; {metrics.Count} staff, test and eligibility values → {metricsPath} (left out: "
            + $"{leftOut} schools without grade-9 results); {registry.Count} schools → {schoolsPath}");
        return ExitCodes.Ok;
    }
}
