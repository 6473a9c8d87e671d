using Site.Diagnostics;
using Site.Load;
using Site.Model;

namespace Site.Tests.Load;

public class OfficialReportReaderTests
{
    private static readonly string Workbook = Directory.GetFiles(
        Path.Combine(TestPaths.RealData, LoadInputs.OfficialFolder),
        "*.xlsx").Single();

    private static object?[][] Sheet(string organizer, params object?[][] rows) =>
    [
        [], [], ["Grundskola - Jämförelse av betygsresultat över tid"], [$"Typ av huvudman: {organizer}"], ["Valt "
            + "läsår: 2024/25"], [], [],
        ["Kommun", "Kommunkod", "Län", "Länskod", "Uppgift", "2024/25", "2023/24"],
        .. rows,
    ];

    private static (OfficialReport? Report, DiagnosticBag Diagnostics) Read(byte[] bytes)
    {
        var diagnostics = new DiagnosticBag();
        using var stream = new MemoryStream(bytes);
        return (OfficialReportReader.Read("report.xlsx", stream, diagnostics), diagnostics);
    }

    [Fact]
    public void Reads_Skolverkets_real_workbook_as_published()
    {
        var diagnostics = new DiagnosticBag();
        using var stream = File.OpenRead(Workbook);

        var report = OfficialReportReader.Read(Workbook, stream, diagnostics)!;

        Assert.Empty(diagnostics.Items);
        Assert.Equal(new SchoolYear(2024), report.Publication);
        decimal? Figure(OrganizerType? organizer, int year, OfficialIndicator indicator) =>
            report.Figures.Single(f => f.MunicipalityCode == "0180"
                && f.Organizer == organizer
                && f.Year == new SchoolYear(year)
                && f.Indicator == indicator).Value.Number;
        // The shared data's README: Stockholm, Samtliga, meritvärde (17 ämnen), 2024/25 → 2015/16.
        Assert.Equal(
            [251.9m, 250.2m, 250m, 252.5m, 253.6m, 253.9m, 254.4m, 251m, 247m, 244.7m],
            Enumerable.Range(0, 10).Select(i => Figure(null, 2024 - i, OfficialIndicator.MeritValue17)));
        Assert.Equal(11318m, Figure(null, 2024, OfficialIndicator.Pupils));
        Assert.Equal(250.3m, Figure(OrganizerType.Municipal, 2024, OfficialIndicator.MeritValue17));
        Assert.Equal(254.6m, Figure(OrganizerType.Independent, 2024, OfficialIndicator.MeritValue17));
        Assert.Equal(88.8m, Figure(null, 2024, OfficialIndicator.EligibleVocationalPct));
        Assert.Equal(290 * 9 * 10, report.Figures.Count(f => f.Organizer is null));
        // Markers are text cells: Ale's independent schools, 2024/25 behörighet.
        Assert.Equal(
            ValueStatus.RoundedNear100,
            report.Figures.Single(f => f.MunicipalityCode == "1440"
                && f.Organizer == OrganizerType.Independent
                && f.Year == new SchoolYear(2024)
                && f.Indicator == OfficialIndicator.EligibleVocationalPct).Value.Status);
    }

    [Fact]
    public void Every_bad_cell_is_named_by_sheet_row_and_column()
    {
        var bytes = XlsxFixture.Write(("Samtliga", Sheet("Samtliga",
            ["Stockholm", "0180", "Stockholms län", "01", "Genomsnittligt meritvärde (17 ämnen)", 251.9, "251,9"],
            ["Stockholm", "180", "Stockholms län", "01", "Totalt antal elever årskurs 9", 11318.0, 11064.0],
            ["Stockholm", "0180", "Stockholms län", "01", "Genomsnittligt betygsvärde", 1.0, 2.0],
            ["Stockholm", "0180", "Stockholms län", "01", "Andel (%) behöriga till yrkesprogram", 101.0, null])));

        var (report, diagnostics) = Read(bytes);

        var messages = diagnostics.Sorted().Select(d => d.ToString()).ToList();
        Assert.Contains(
            "report.xlsx [Samtliga]:9:7: error: neither a number nor one of Skolverket's markers (.., ., ~100) (value: "
            + "'251,9'). Fix: a number must be a numeric cell, not text",
            messages);
        Assert.Contains(
            messages,
            m => m.StartsWith(
                "report.xlsx [Samtliga]:10:2: error: a municipality code must be 4 digits, as text (value: '180')",
                StringComparison.Ordinal));
        Assert.Contains(
            messages,
            m => m.StartsWith(
                "report.xlsx [Samtliga]:11:5: warning: an Uppgift the site does not recognise is not read (value: "
                + "'Genomsnittligt betygsvärde')",
                StringComparison.Ordinal));
        Assert.Contains(
            messages,
            m => m.StartsWith(
                "report.xlsx [Samtliga]:12:6: error: the number is outside 0–100 (value: '101')",
                StringComparison.Ordinal));
        Assert.Contains(
            messages,
            m => m.StartsWith("report.xlsx [Samtliga]:12:7: error: the cell is empty", StringComparison.Ordinal));
        Assert.Single(report!.Figures);
    }

    [Fact]
    public void A_sheet_without_its_title_rows_or_a_file_that_is_no_workbook_is_an_error()
    {
        var (_, missing) = Read(XlsxFixture.Write(("Samtliga", [["Kommun", "Kommunkod", "Uppgift", "2024/25"]])));
        var (report, broken) = Read("not a zip file"u8.ToArray());

        Assert.Contains(
            missing.Items,
            d => d.Severity == Severity.Error
                && d.Message.Contains("'Typ av huvudman: …' row", StringComparison.Ordinal));
        Assert.Null(report);
        Assert.Contains(broken.Items, d => d.Message == "not an xlsx workbook");
    }
}
