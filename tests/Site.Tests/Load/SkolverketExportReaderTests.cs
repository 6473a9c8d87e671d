using System.Text;
using Site.Diagnostics;
using Site.Load;
using Site.Model;

namespace Site.Tests.Load;

public class SkolverketExportReaderTests
{
    private static (ResultsFile? File, DiagnosticBag Diagnostics) Read(string text, string path = "export.csv")
    {
        var diagnostics = new DiagnosticBag();
        var decoded = TextFileDecoder.Decode(path, Encoding.UTF8.GetBytes(text), diagnostics);
        var file = decoded is null
            ? null
            : SkolverketExportReader.Read(path, TextFileDecoder.Lines(decoded), diagnostics);
        return (file, diagnostics);
    }

    private static string Small() => File.ReadAllText(Path.Combine(TestPaths.Small, "results", "export-2024.csv"));

    [Fact]
    public void Reads_the_year_from_the_preamble_and_every_row_until_the_footer()
    {
        var (file, diagnostics) = Read(Small());

        Assert.Empty(diagnostics.Items);
        Assert.Equal([new SchoolYear(2024)], file!.Years);
        Assert.Equal(4, file.Schools.Count);
        Assert.Equal(12, file.Results.Count);
        Assert.Equal("Grundskola - Slutbetyg årskurs 9, samtliga elever", file.ReportName);
    }

    [Fact]
    public void Keeps_values_markers_and_pupil_counts_apart()
    {
        var (file, _) = Read(Small());
        ResultValue Value(string code, Measure measure) =>
            file!.Results.Single(r => r.SchoolCode == code && r.Measure == measure).Value;

        Assert.Equal(ResultValue.Reported(250.5m), Value("11111111", Measure.MeritValue));
        Assert.Equal(ResultValue.Reported(90m), Value("11111111", Measure.EligibleVocationalPct));
        Assert.Equal(ResultValue.Marker(ValueStatus.RoundedNear100), Value("22222222", Measure.EligibleVocationalPct));
        Assert.Equal(ResultValue.Marker(ValueStatus.Suppressed), Value("33333333", Measure.MeritValue));
        Assert.Equal(ResultValue.Reported(1104m), file!.PupilCounts.Single(p => p.SchoolCode == "11111111").Count);
        Assert.Equal(
            ResultValue.Marker(ValueStatus.Suppressed),
            file.PupilCounts.Single(p => p.SchoolCode == "33333333").Count);
        Assert.Equal("9999", file.Results.First(r => r.SchoolCode == "11111111").MunicipalityCode);
    }

    [Fact]
    public void Names_the_line_and_column_of_each_value()
    {
        var (file, _) = Read(Small());

        var merit = file!.Results.Single(r => r.SchoolCode == "22222222" && r.Measure == Measure.MeritValue);

        Assert.Equal(new SourceRef("export.csv", 8, 11), merit.Source);
    }

    [Fact]
    public void Reads_the_real_2024_25_export()
    {
        var (file, diagnostics) = Read(File.ReadAllText(TestPaths.RealExport), TestPaths.RealExport);

        Assert.Empty(diagnostics.Items);
        Assert.Equal(1714, file!.Schools.Count);
        Assert.Equal(149, file.Schools.Count(s => s.MunicipalityCode == "0180"));
        var adolfFredrik = file.Results.Single(r => r.SchoolCode == "99648792" && r.Measure == Measure.MeritValue);
        Assert.Equal(ResultValue.Reported(299.1m), adolfFredrik.Value);
    }

    public static TheoryData<string, Func<string, string>> Variants => new()
    {
        { "CRLF line ends", text => text.Replace("\n", "\r\n") },
        { "no footer", text => text[..text.IndexOf(
            "\n;;;;;;;;;;\nRapportbeskrivning",
            StringComparison.Ordinal)] + "\n" },
        { "no final newline", text => text.TrimEnd('\n') },
        { "no footer and no final newline", text => text[..text.IndexOf(
            "\n;;;;;;;;;;\nRapportbeskrivning",
            StringComparison.Ordinal)] },
        { "rows in reverse order", ReverseRows },
        { "no BOM", text => text.TrimStart('\uFEFF') },
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void Layout_variants_of_the_real_export_give_the_same_values(string name, Func<string, string> change)
    {
        var original = File.ReadAllText(TestPaths.RealExport);
        var (expected, _) = Read(original);
        var (actual, diagnostics) = Read(change(original));

        Assert.True(diagnostics.Items.Count == 0, name);
        Assert.Equal(Facts(expected!), Facts(actual!));
    }

    private static List<string> Facts(ResultsFile file) =>
        file.Results.Select(r => $"{r.SchoolCode} {r.Year} {r.Measure} {r.Value}")
            .Concat(file.PupilCounts.Select(p => $"{p.SchoolCode} {p.Year} pupils {p.Count}"))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string ReverseRows(string text)
    {
        var lines = text.Split('\n').ToList();
        var end = lines.FindIndex(6, l => l.StartsWith(";;;;", StringComparison.Ordinal));
        var rows = lines.GetRange(6, end - 6);
        rows.Reverse();
        return string.Join('\n', lines.Take(6).Concat(rows).Concat(lines.Skip(end)));
    }
}
