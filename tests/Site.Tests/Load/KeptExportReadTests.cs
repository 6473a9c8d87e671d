using Site.Diagnostics;
using Site.Load;
using Site.Model;

namespace Site.Tests.Load;

/// <summary>
/// A build keeps its read of each Skolverket export for the next build of the same file
/// (<see cref="CachedResultsFile"/>): what the next build reads back must be what the reader made, row for row and
/// place for place, and an export that changed, gave a diagnostic or whose kept read is damaged must be read anew.
/// </summary>
public sealed class KeptExportReadTests : IDisposable
{
    private readonly TempFolder temp = TestPaths.Temp();

    private static string RealExport() =>
        Path.Combine(
            TestPaths.RealData, "results", "Grundskola - Slutbetyg årskurs 9, samtliga elever 2025 Skolenhet.csv");

    private static List<string> Shown(ResultsFile file) =>
        file.Schools
            .Select(s => $"school {s.SchoolCode} {s.Name} {s.MunicipalityCode} {s.MunicipalityName} {s.OrganizerText} "
                + $"{s.Source}")
            .Concat(file.PupilCounts.Select(p =>
                $"pupils {p.SchoolCode} {p.MunicipalityCode} {p.Year} {p.Count.Status} {p.Count} {p.Source}"))
            .Concat(file.Results.Select(r =>
                $"result {r.SchoolCode} {r.MunicipalityCode} {r.Year} {r.Measure} {r.Value.Status} {r.Value} "
                + $"{r.Source}"))
            .Prepend($"{file.Path} {file.ReportName} {string.Join(' ', file.Years)} {file.Published} {file.Retrieved}")
            .ToList();

    private static (ResultsFile? File, DiagnosticBag Diagnostics) Read(
        string path, ParsedInputStore store, SharedStrings? strings = null)
    {
        var diagnostics = new DiagnosticBag();
        var file = InputFileReader.Result(path, diagnostics, [], strings ?? new SharedStrings(), store);
        return (file, diagnostics);
    }

    private static string Small() => File.ReadAllText(Path.Combine(TestPaths.Small, "results", "export-2024.csv"));

    private ParsedInputStore Store() => new(Path.Combine(temp.Path, "store"));

    private string Write(string text)
    {
        var path = Path.Combine(temp.Path, "export.csv");
        File.WriteAllText(path, text);
        return path;
    }

    private static string Sha256(string path) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)));

    [Fact]
    public void Stockholms_export_is_read_back_as_the_reader_made_it_with_each_values_line_and_column()
    {
        var store = Store();
        var export = RealExport();

        var (fresh, freshDiagnostics) = Read(export, store);
        var kept = store.FindResults(export, Sha256(export), new SharedStrings());
        var (again, againDiagnostics) = Read(export, store);

        Assert.NotNull(kept);
        Assert.Equal(Shown(fresh!), Shown(again!));
        Assert.Equal(
            freshDiagnostics.Items.Select(d => d.ToString()), againDiagnostics.Items.Select(d => d.ToString()));
        // Rinkebyskolan's row as the export has it, on its line 1469:
        // Rinkebyskolan;37416253;Stockholm;0180;Kommunal;Stockholms kommun;2120000142;51;43,1;74,5;202,7
        var rinkeby = kept!.Results.Where(r => r.SchoolCode == "37416253").ToList();
        Assert.Equal(
            ["AllSubjectsPassedPct 43.1 9", "EligibleVocationalPct 74.5 10", "MeritValue 202.7 11"],
            rinkeby.Select(r => $"{r.Measure} {r.Value} {r.Source.Column}").Order(StringComparer.Ordinal));
        Assert.All(rinkeby, r => Assert.Equal(1469, r.Source.Line));
        Assert.Equal(ResultValue.Reported(51m), kept.PupilCounts.Single(p => p.SchoolCode == "37416253").Count);
        Assert.Equal(
            "Rinkebyskolan 0180 Stockholm Kommunal",
            kept.Schools.Where(s => s.SchoolCode == "37416253")
                .Select(s => $"{s.Name} {s.MunicipalityCode} {s.MunicipalityName} {s.OrganizerText}")
                .Single());
    }

    [Fact]
    public void A_kept_read_keeps_markers_as_markers_and_numbers_with_their_scale()
    {
        var store = Store();
        var export = Write(Small().Replace("250,5", "250,50", StringComparison.Ordinal));

        var (fresh, _) = Read(export, store);
        var kept = store.FindResults(export, Sha256(export), new SharedStrings())!;

        Assert.Equal(Shown(fresh!), Shown(kept with { Published = fresh!.Published, Retrieved = fresh.Retrieved }));
        ResultValue Value(string code, Measure measure) =>
            kept.Results.Single(r => r.SchoolCode == code && r.Measure == measure).Value;
        Assert.Equal("250.50", Value("11111111", Measure.MeritValue).ToString());
        Assert.Equal(ValueStatus.RoundedNear100, Value("22222222", Measure.EligibleVocationalPct).Status);
        Assert.Equal(ValueStatus.Suppressed, Value("33333333", Measure.MeritValue).Status);
        Assert.Equal(new SourceRef(export, 8, 11), kept.Results.Single(
            r => r.SchoolCode == "22222222" && r.Measure == Measure.MeritValue).Source);
    }

    [Fact]
    public void A_kept_reads_texts_are_the_loads_shared_texts()
    {
        var store = Store();
        var export = RealExport();
        Read(export, store);
        var strings = new SharedStrings();
        var code = strings.Of("37416253");

        var (kept, _) = Read(export, store, strings);

        Assert.Same(code, kept!.Results.First(r => r.SchoolCode == "37416253").SchoolCode);
    }

    [Fact]
    public void An_export_that_gives_a_diagnostic_is_not_kept_and_its_problem_is_reported_every_time()
    {
        var store = Store();
        var export = Write(Small().Replace("22222222", "2222222X", StringComparison.Ordinal));

        var (_, first) = Read(export, store);
        var (_, second) = Read(export, store);

        Assert.Contains(first.Items, d => d.Message.Contains("8 digits", StringComparison.Ordinal));
        Assert.Equal(first.Items.Select(d => d.ToString()), second.Items.Select(d => d.ToString()));
        Assert.Null(store.FindResults(export, Sha256(export), new SharedStrings()));
    }

    [Fact]
    public void A_changed_export_is_read_anew_and_a_damaged_kept_read_is_not_read()
    {
        var store = Store();
        var small = Small();
        var export = Write(small);
        Read(export, store);
        var before = Sha256(export);

        File.WriteAllText(export, small.Replace("250,5", "251,5", StringComparison.Ordinal));
        var (changed, _) = Read(export, store);

        Assert.Equal(
            "251.5",
            changed!.Results.Single(r => r.SchoolCode == "11111111" && r.Measure == Measure.MeritValue)
                .Value.ToString());
        // The earlier read of the same path is gone: only the changed file's is kept.
        Assert.Null(store.FindResults(export, before, new SharedStrings()));
        var kept = Directory.GetFiles(Path.Combine(temp.Path, "store"), "results-*").Single();
        File.WriteAllBytes(kept, File.ReadAllBytes(kept)[..^3]);
        Assert.Null(store.FindResults(export, Sha256(export), new SharedStrings()));
    }

    public void Dispose() => temp.Dispose();
}
