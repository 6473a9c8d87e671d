using Site.Diagnostics;
using Site.Model;
using static Site.Load.InputReads;
using ReadFiles = System.Collections.Generic.List<(string Path, string Sha256)>;

namespace Site.Load;

/// <summary>The load stage: the only code that reads input files. It reads everything and reports every problem it
/// sees.</summary>
public static class LoadInputs
{
    public const string SettingsFile = "site.json";
    public const string SchoolsFile = "schools.csv";
    public const string ResultsFolder = "results";
    public const string BackgroundFolder = "background";
    public const string AllocationFolder = "allocation";
    public const string OfficialFolder = "official";
    public const string ResourcesFolder = "resources";
    public const string MunicipalFolder = "municipalities";

    /// <param name="inputFolder">input/ with Markdown pages; null when only the data is checked.</param>
    /// <param name="store">Reads kept on disk by earlier builds (the build's); null reads every file.</param>
    public static LoadedInputs? Run(
        string dataFolder,
        string? inputFolder,
        DiagnosticBag diagnostics,
        LoadCache? cache = null,
        ParsedInputStore? store = null)
    {
        if (!Directory.Exists(dataFolder))
        {
            diagnostics.Error(
                new SourceRef(dataFolder, 0),
                "the data folder does not exist",
                fix: "pass --data with the folder that holds site.json, schools.csv and results/");
            return null;
        }

        // The kinds of input are independent of each other: each is read on its own thread with a bag and file list of
        // its own, then their diagnostics and files are merged in a fixed order, as a reading one after the other gave
        // them. The slowest start first, before the settings are read: on two cores the pool runs two at a time, and
        // Stockholm's workbook of municipality reports (a third of a second) started last took Load from 0.4 to 0.6 s.
        // The workbook keeps only the site's municipalities' figures, so its read asks for the settings when it comes
        // to them (all municipalities when site.json cannot be read: the load then fails anyway).
        var settingsPath = Path.Combine(dataFolder, SettingsFile);
        var settingsRead = new TaskCompletionSource<SiteSettings?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var official = Side((bag, own) => ReadOfficial(
            Path.Combine(dataFolder, OfficialFolder),
            settingsPath,
            code => settingsRead.Task.Result?.Publishes(code) ?? true,
            bag,
            own,
            cache,
            store));
        // The exports' repeated texts (codes, names) as one string each, for this load.
        var strings = new SharedStrings();
        var results = Side((bag, own) =>
            ReadResults(Path.Combine(dataFolder, ResultsFolder), bag, own, cache, strings, store));
        var files = new ReadFiles();
        SiteSettings? settings = null;
        try
        {
            settings = InputFileReader.Text(settingsPath, diagnostics, files) is { } settingsText
                ? SiteSettingsReader.Read(settingsPath, settingsText, diagnostics)
                : null;
        }
        finally
        {
            settingsRead.TrySetResult(settings);
        }

        var schoolsPath = Path.Combine(dataFolder, SchoolsFile);
        // Without district boundaries the export rows name every school, so the registry only adds to them and may be
        // absent.
        var registryOptional = settings?.MunicipalitiesAsDistricts == true && !File.Exists(schoolsPath);
        var registry = Side((bag, own) => registryOptional
            ? []
            : Cached(cache, [schoolsPath], bag, own, (b, o) => InputFileReader.Text(schoolsPath, b, o) is { } text
                ? SchoolRegistryReader.Read(schoolsPath, text, b)
                : []));
        var districts = Side((bag, own) =>
        {
            if (settings is { DistrictsFile: { } districtsFile, DistrictNameProperty: { } nameProperty })
            {
                var districtsPath = Path.Combine(dataFolder, districtsFile);
                if (InputFileReader.Text(districtsPath, bag, own) is { } geoText)
                {
                    return DistrictBoundaryReader.Read(districtsPath, geoText, nameProperty, bag);
                }
            }

            return (IReadOnlyList<DistrictShape>)[];
        });
        var background = Side((bag, own) => ReadBackground(
            Path.Combine(dataFolder, BackgroundFolder),
            bag,
            own,
            cache));
        var allocations = Side((bag, own) => ReadAllocations(
            Path.Combine(dataFolder, AllocationFolder),
            bag,
            own,
            cache));
        var metrics = Side((bag, own) => ReadMetrics(Path.Combine(dataFolder, ResourcesFolder), bag, own, cache));
        var municipal = Side((bag, own) => ReadMunicipal(Path.Combine(dataFolder, MunicipalFolder), bag, own, cache));
        var pages = Side((bag, own) => inputFolder is null
            ? []
            : MarkdownPageReader.Read(inputFolder, Compute.Texts.Language.Swedish, bag, own)
                    .Concat(
                        MarkdownPageReader.Read(
                            Path.Combine(inputFolder, "en"),
                            Compute.Texts.Language.English,
                            bag,
                            own,
                            optional: true))
                    .ToList());
        Task.WaitAll(registry, results, districts, background, allocations, official, metrics, municipal, pages);
        var schools = Merge(registry.Result, diagnostics, files);
        var resultsFiles = Merge(results.Result, diagnostics, files);
        var districtShapes = Merge(districts.Result, diagnostics, files);
        var backgroundFiles = Merge(background.Result, diagnostics, files);
        var allocationFiles = Merge(allocations.Result, diagnostics, files);
        var officialReports = Merge(official.Result, diagnostics, files);
        var metricsFiles = Merge(metrics.Result, diagnostics, files);
        var municipalFiles = Merge(municipal.Result, diagnostics, files);
        var markdown = Merge(pages.Result, diagnostics, files);
        var named = files
            .Select(f => new InputFile(DisplayName(f.Path, dataFolder, inputFolder), f.Sha256))
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .ToList();
        return settings is null ? null : new LoadedInputs(
            Settings: settings,
            ResultsFiles: resultsFiles,
            Schools: schools,
            Districts: districtShapes,
            Background: backgroundFiles,
            Allocations: allocationFiles,
            Official: officialReports,
            Pages: markdown,
            InputFiles: named)
        {
            Metrics = metricsFiles,
            Municipal = municipalFiles,
        };
    }

    private static List<ResultsFile> ReadResults(
        string folder,
        DiagnosticBag diagnostics,
        ReadFiles files,
        LoadCache? cache,
        SharedStrings strings,
        ParsedInputStore? store)
    {
        if (!Directory.Exists(folder))
        {
            diagnostics.Error(
                new SourceRef(folder, 0),
                "the results folder does not exist",
                fix: "put Skolverket's exports (or tidy files from 'import') in data/results/");
            return [];
        }

        var paths = Directory.GetFiles(folder, "*.csv").Order(StringComparer.Ordinal).ToList();
        if (paths.Count == 0)
        {
            diagnostics.Error(
                new SourceRef(folder, 0),
                "no .csv files in the results folder",
                fix: "put Skolverket's exports (or tidy files from 'import') in data/results/");
        }

        return ReadEach(
            paths,
            cache,
            diagnostics,
            files,
            (path, bag, own) => InputFileReader.Result(path, bag, own, strings, store));
    }

    /// <summary>Optional: Skolverket's "Antal elever per årskurs" exports, for the pupils' background.</summary>
    private static List<BackgroundFile> ReadBackground(
        string folder, DiagnosticBag diagnostics, ReadFiles files, LoadCache? cache)
    {
        return ReadEach(CsvFiles(folder), cache, diagnostics, files, InputFileReader.Background);
    }

    /// <summary>Optional: the city's allocation files, each with an optional sidecar <c>name.meta.json</c>.</summary>
    private static List<AllocationFile> ReadAllocations(
        string folder, DiagnosticBag diagnostics, ReadFiles files, LoadCache? cache)
    {
        return ReadEach(CsvFiles(folder), cache, diagnostics, files, InputFileReader.Allocation);
    }

    /// <summary>Optional: Skolverket's municipality reports (xlsx), read as downloaded; several may overlap.</summary>
    /// <param name="settingsPath">site.json: a kept read of the workbooks holds its municipalities' figures
    /// only.</param>
    /// <param name="publishes">Whether the site publishes a municipality (the settings', when they are read).</param>
    private static List<OfficialReport> ReadOfficial(
        string folder,
        string settingsPath,
        Func<string, bool> publishes,
        DiagnosticBag diagnostics,
        ReadFiles files,
        LoadCache? cache,
        ParsedInputStore? store)
    {
        var result = new List<OfficialReport>();
        var paths = Directory.Exists(folder) ? Directory.GetFiles(folder).Order(StringComparer.Ordinal).ToList() : [];
        var sidecars = paths
            .Where(p => p.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            .Select(SourceDates.PathFor)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (sidecars.Contains(path))
            {
                continue; // a workbook's dates, read with the workbook
            }

            if (!path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            {
                // Nothing is silently ignored: a stray file in the folder is named.
                diagnostics.Warning(
                    new SourceRef(path, 0),
                    "a file in official/ that is not an xlsx workbook is not read",
                    Path.GetFileName(path),
                    "official/ holds Skolverket's municipality reports as downloaded (.xlsx)");
                continue;
            }

            var stamped = new[] { path, SourceDates.PathFor(path), settingsPath };
            var read = Cached(
                cache,
                stamped,
                diagnostics,
                files,
                (bag, own) => InputFileReader.Workbook(path, bag, own, store, publishes));
            if (read is { } report)
            {
                result.Add(report);
            }
        }

        return result;
    }

    /// <summary>Optional: the tidy staff, test and eligibility files that <c>import</c> writes to resources/.</summary>
    private static List<MetricsFile> ReadMetrics(
        string folder, DiagnosticBag diagnostics, ReadFiles files, LoadCache? cache)
    {
        return ReadEach(CsvFiles(folder), cache, diagnostics, files, InputFileReader.Metrics);
    }

    /// <summary>Optional: Skolverket's municipality reports on spending, teachers and pupils, as downloaded.</summary>
    private static List<Model.Municipal.MunicipalFile> ReadMunicipal(
        string folder, DiagnosticBag diagnostics, ReadFiles files, LoadCache? cache)
    {
        return ReadEach(CsvFiles(folder), cache, diagnostics, files, InputFileReader.MunicipalReport);
    }

    private static List<string> CsvFiles(string folder) =>
        Directory.Exists(folder) ? Directory.GetFiles(folder, "*.csv").Order(StringComparer.Ordinal).ToList() : [];

    /// <summary>"data/results/x.csv" whatever folder the build was pointed at, so provenance is the same on every
    /// machine.</summary>
    private static string DisplayName(string path, string dataFolder, string? inputFolder)
    {
        var full = Path.GetFullPath(path);
        foreach (var (root, name) in new[] { (dataFolder, "data"), (inputFolder, "input") })
        {
            if (root is not null
                && Path.GetRelativePath(Path.GetFullPath(root), full) is var relative
                && !relative.StartsWith("..", StringComparison.Ordinal))
            {
                return name + "/" + relative.Replace(Path.DirectorySeparatorChar, '/');
            }
        }

        return Path.GetFileName(path);
    }
}
