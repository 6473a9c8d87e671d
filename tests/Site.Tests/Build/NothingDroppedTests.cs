using Site.Build;
using Site.Load;
using Site.Tests.Load;

namespace Site.Tests.Build;

/// <summary>Every input column and row either counts or is reported; a damaged or misspelled input is an error that
/// says where.</summary>
public class NothingDroppedTests
{
    private static readonly string ExportName = Path.GetFileName(TestPaths.RealExport);

    [Fact]
    public void A_renamed_measure_column_is_an_error_naming_the_header_and_the_names_accepted()
    {
        using var temp = TestPaths.Temp();
        var data = temp.Copy(TestPaths.RealData, "data");
        var export = Path.Combine(data, "results", ExportName);
        File.WriteAllText(
            export,
            File.ReadAllText(
                export).Replace(
                    "Genomsnittligt meritvärde (17 ämnen)",
                    "Genomsnittlig betygspoäng (17 ämnen)",
                    StringComparison.Ordinal));
        var log = new StringWriter();

        var code = ValidateCommand.Run(data, log);

        Assert.Equal(1, code);
        Assert.Contains(
            $"{ExportName}:6:11: warning: a column the site does not recognise is not read (value: 'Genomsnittlig "
            + "betygspoäng (17 ämnen)')",
            log.ToString(),
            StringComparison.Ordinal);
        Assert.Contains(
            $"{ExportName}:6: error: the header has no column for meritvärde",
            log.ToString(),
            StringComparison.Ordinal);
        Assert.Contains("'Genomsnittligt meritvärde (17 ämnen)'", log.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_extra_column_is_a_warning_and_the_build_goes_on()
    {
        using var temp = TestPaths.Temp();
        var data = temp.Copy(TestPaths.Small, "data");
        var export = Path.Combine(data, "results", "export-2024.csv");
        var lines = File.ReadAllLines(
            export).Select((l, i) => i == 5
                ? l + ";Andel (%) med betyg i idrott"
                : l.Length > 0 && !l.StartsWith(';') && i > 5 ? l + ";12" : l + ";");
        File.WriteAllLines(export, lines);
        var log = new StringWriter();

        var code = ValidateCommand.Run(data, log);

        Assert.True(code == 0, log.ToString());
        Assert.Contains(
            "export-2024.csv:6:12: warning: a column the site does not recognise is not read (value: 'Andel (%) med "
            + "betyg i idrott')",
            log.ToString(),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_damaged_published_manifest_stops_the_build_and_says_where()
    {
        using var temp = TestPaths.Temp();
        var data = temp.Copy(TestPaths.Small, "data");
        var output = Path.Combine(temp.Path, "output");
        Assert.Equal(
            0,
            await BuildCommand.RunAsync(new BuildPaths(data, TestPaths.SmallInput, output), new StringWriter()));
        Assert.Equal(0, MarkPublishedCommand.Run(data, output, new StringWriter()));
        var manifest = Path.Combine(data, PreviousBuildReader.PublishedFolder, "manifest.json");
        File.WriteAllText(manifest, File.ReadAllText(manifest)[..200]);
        var log = new StringWriter();

        var code = await BuildCommand.RunAsync(
            new BuildPaths(data, TestPaths.SmallInput, Path.Combine(temp.Path, "second")),
            log);

        Assert.Equal(1, code);
        Assert.Contains($"{manifest}:", log.ToString(), StringComparison.Ordinal);
        Assert.Contains("error: the previous build's manifest is damaged", log.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "second")));
    }

    [Fact]
    public async Task A_misspelled_placeholder_is_an_error_with_its_line()
    {
        using var temp = TestPaths.Temp();
        var input = temp.Copy(TestPaths.SmallInput, "input");
        var page = Directory.GetFiles(input, "*.md").Order(StringComparer.Ordinal).First();
        File.AppendAllText(page, "\n<!-- worked-exmaple -->\n");
        var lines = File.ReadAllLines(page).Length;
        var log = new StringWriter();

        var code = await BuildCommand.RunAsync(
            new BuildPaths(TestPaths.Small, input, Path.Combine(temp.Path, "output")),
            log);

        Assert.Equal(1, code);
        Assert.Contains(
            $"{page}:{lines}:1: error: unknown placeholder (value: 'worked-exmaple')",
            log.ToString(),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_figure_Skolverket_revised_in_a_newer_report_takes_the_new_value_and_is_listed_as_a_revision()
    {
        using var temp = TestPaths.Temp();
        var data = temp.Copy(TestPaths.Small, "data");
        // Two publications overlapping in 2023/24: the newer gives 231,5 where the older gave 230.
        object?[][] Sheet(string newest, string older, double newestMerit, double olderMerit) =>
        [
            [], ["Grundskola - Jämförelse av betygsresultat över tid"], ["Typ av huvudman: Samtliga"], ["Valt läsår: "
                + $"{newest}"], [],
            ["Kommun", "Kommunkod", "Län", "Länskod", "Uppgift", newest, older],
            ["Teststad", "9999", "Testlän", "99", "Genomsnittligt meritvärde (17 ämnen)", newestMerit, olderMerit],
            ["Teststad", "9999", "Testlän", "99", "Totalt antal elever årskurs 9", 1200.0, 1100.0],
        ];
        Directory.CreateDirectory(Path.Combine(data, LoadInputs.OfficialFolder));
        File.WriteAllBytes(
            Path.Combine(data, LoadInputs.OfficialFolder, "2024.xlsx"),
            XlsxFixture.Write(("Samtliga", Sheet("2023/24", "2022/23", 230.0, 228.0))));
        File.WriteAllBytes(
            Path.Combine(data, LoadInputs.OfficialFolder, "2025.xlsx"),
            XlsxFixture.Write(("Samtliga", Sheet("2024/25", "2023/24", 240.0, 231.5))));

        using var site = new BuiltSite(data, TestPaths.SmallInput);

        Assert.True(site.ExitCode == 0, site.Log);
        var official = File.ReadAllText(Path.Combine(site.Output, "data", "official.csv"));
        Assert.Contains("9999,Teststad,all,2023/24,merit_value,ok,231.5,2024/25", official, StringComparison.Ordinal);
        Assert.Contains("9999,Teststad,all,2022/23,merit_value,ok,228.0,2023/24", official, StringComparison.Ordinal);
        Assert.DoesNotContain("230.0", official, StringComparison.Ordinal);
        var changes = site.Page("/andringar/").QuerySelector("main")!.TextContent;
        Assert.Contains("230,0 → 231,5", changes, StringComparison.Ordinal);
    }
}
