using Site.Diagnostics;
using Site.Load;
using Site.Model;

namespace Site.Tests.Load;

/// <summary>
/// A build keeps its read of Skolverket's municipality workbook for the next build of the same file: what it reads back
/// must be what the reader made, and a changed file, another path or a damaged kept read must be read anew.
/// </summary>
public sealed class ParsedInputStoreTests : IDisposable
{
    private const string Sha = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    private readonly TempFolder temp = TestPaths.Temp();

    private static OfficialFigure Figure(
        string code, OrganizerType? organizer, ResultValue value, int line, int year = 2023) => new(
        MunicipalityCode: code,
        MunicipalityName: code == "0180" ? "Stockholm" : "Åre",
        Organizer: organizer,
        Year: new SchoolYear(year),
        Indicator: OfficialIndicator.MeritValue17,
        Value: value,
        Publication: new SchoolYear(2024),
        Source: new SourceRef("report.xlsx [Samtliga]", line, 6));

    private static List<string> Shown(OfficialReport report) =>
        report.Figures
            .Select(f => $"{f.MunicipalityCode} {f.MunicipalityName} {f.Organizer} {f.Year} {f.Indicator} "
                + $"{f.Value.Status} {f.Value} {f.Publication} {f.Source}")
            .Prepend($"{report.Path} {report.ReportName} {report.Publication}")
            .ToList();

    private static OfficialReport OneFigure() =>
        new("a.xlsx", "Jämförelse", new SchoolYear(2024), [Figure("0180", null, ResultValue.Reported(250m), 9)]);

    [Fact]
    public void A_kept_read_is_read_back_with_markers_as_markers_and_numbers_with_their_scale()
    {
        var store = new ParsedInputStore(temp.Path);
        var report = new OfficialReport("report.xlsx", "Jämförelse", new SchoolYear(2024), [
            Figure("0180", null, ResultValue.Reported(251.90m), 9),
            Figure("0180", OrganizerType.Municipal, ResultValue.Marker(ValueStatus.Suppressed), 10),
            Figure("2321", OrganizerType.Independent, ResultValue.Marker(ValueStatus.Missing), 11),
            Figure("2321", null, ResultValue.Reported(0m), 12)]);

        store.KeepOfficial("report.xlsx", Sha, report);
        var back = store.FindOfficial("report.xlsx", Sha)!;

        Assert.Equal(Shown(report), Shown(back));
        Assert.Equal(["251.90", "..", ".", "0"], back.Figures.Select(f => f.Value.ToString()));
    }

    [Fact]
    public void Skolverkets_real_workbook_is_read_back_as_the_reader_made_it()
    {
        var official = Path.Combine(TestPaths.RealData, LoadInputs.OfficialFolder);
        var workbook = Directory.GetFiles(official, "*.xlsx").Single();
        var diagnostics = new DiagnosticBag();
        using var stream = File.OpenRead(workbook);
        var report = OfficialReportReader.Read(workbook, stream, diagnostics)!;
        var store = new ParsedInputStore(temp.Path);

        store.KeepOfficial(workbook, Sha, report);

        Assert.Equal(Shown(report), Shown(store.FindOfficial(workbook, Sha)!));
        var stockholm = store.FindOfficial(workbook, Sha, code => code == "0180")!;
        Assert.Equal(Shown(report.Only(code => code == "0180")), Shown(stockholm));
        Assert.Equal(report.Years, stockholm.Years);
        // Nine school years of ten indicators, for all schools and for each kind of organizer.
        Assert.Equal(9 * 10 * 3, stockholm.Figures.Count);
    }

    [Fact]
    public void A_kept_read_gives_the_sites_municipalities_figures_and_the_years_of_every_figure()
    {
        var store = new ParsedInputStore(temp.Path);
        var report = new OfficialReport("report.xlsx", "Jämförelse", new SchoolYear(2024), [
            Figure("2321", null, ResultValue.Reported(230.5m), 9, year: 2015),
            Figure("0180", null, ResultValue.Reported(251.90m), 10),
            Figure("2321", OrganizerType.Independent, ResultValue.Marker(ValueStatus.Missing), 11),
            Figure("0180", OrganizerType.Municipal, ResultValue.Marker(ValueStatus.Suppressed), 12, year: 2024)]);
        store.KeepOfficial("report.xlsx", Sha, report);

        var back = store.FindOfficial("report.xlsx", Sha, code => code == "0180")!;

        Assert.Equal(
            [
                "report.xlsx Jämförelse 2024/25",
                "0180 Stockholm  2023/24 MeritValue17 Reported 251.90 2024/25 report.xlsx [Samtliga]:10:6",
                "0180 Stockholm Municipal 2024/25 MeritValue17 Suppressed .. 2024/25 report.xlsx [Samtliga]:12:6",
            ],
            Shown(back));
        Assert.Equal([2015, 2023, 2024], back.Years.Select(y => y.StartYear));
        Assert.Empty(store.FindOfficial("report.xlsx", Sha, _ => false)!.Figures);
    }

    [Fact]
    public void Another_file_another_path_or_a_damaged_read_is_not_found()
    {
        var store = new ParsedInputStore(temp.Path);
        var report = OneFigure();
        store.KeepOfficial("a.xlsx", Sha, report);

        Assert.Null(store.FindOfficial("a.xlsx", Sha.Replace('0', 'f')));
        Assert.Null(store.FindOfficial("b.xlsx", Sha));

        var kept = Directory.GetFiles(temp.Path).Single();
        File.WriteAllText(kept, "{\"ReportName\": ");
        Assert.Null(store.FindOfficial("a.xlsx", Sha));

        store.KeepOfficial("a.xlsx", Sha, report);
        Assert.Equal(Shown(report), Shown(store.FindOfficial("a.xlsx", Sha)!));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(40)]
    [InlineData(-1)]
    public void A_kept_read_cut_short_or_with_bytes_after_it_is_not_found(int cut)
    {
        var store = new ParsedInputStore(temp.Path);
        store.KeepOfficial("a.xlsx", Sha, OneFigure());
        var kept = Directory.GetFiles(temp.Path).Single();
        var bytes = File.ReadAllBytes(kept);

        File.WriteAllBytes(kept, cut > 0 ? bytes[..^cut] : [.. bytes, 0]);

        Assert.Null(store.FindOfficial("a.xlsx", Sha));
    }

    // The file ends with the last figure's number: a byte saying whether it has one, then its 16 bytes.
    [Theory]
    [InlineData(17, 2)]
    [InlineData(2, 0x1D)]
    [InlineData(1, 0x7F)]
    public void A_kept_read_whose_number_is_not_a_number_is_not_found(int fromEnd, byte value)
    {
        var store = new ParsedInputStore(temp.Path);
        store.KeepOfficial("a.xlsx", Sha, OneFigure());
        var kept = Directory.GetFiles(temp.Path).Single();
        var bytes = File.ReadAllBytes(kept);

        // A flag other than 0 or 1; a scale of 29 (a decimal's is 0-28); bits that are neither scale nor sign.
        bytes[^fromEnd] = value;
        File.WriteAllBytes(kept, bytes);

        Assert.Null(store.FindOfficial("a.xlsx", Sha));
        // Also when the figure is one of a municipality the site leaves out: every row is checked.
        Assert.Null(store.FindOfficial("a.xlsx", Sha, _ => false));
    }

    // One figure: its ten columns of four bytes, then its number (17 bytes). The code, name and file columns are the
    // first, second and eighth; each holds an index into the file's texts (three here).
    [Theory]
    [InlineData(17 + 40)]
    [InlineData(17 + 36)]
    [InlineData(17 + 12)]
    public void A_kept_read_whose_text_index_is_outside_its_texts_is_not_found(int fromEnd)
    {
        var store = new ParsedInputStore(temp.Path);
        store.KeepOfficial("a.xlsx", Sha, OneFigure());
        var kept = Directory.GetFiles(temp.Path).Single();
        var bytes = File.ReadAllBytes(kept);

        bytes[^fromEnd] = 99;
        File.WriteAllBytes(kept, bytes);

        Assert.Null(store.FindOfficial("a.xlsx", Sha));
        Assert.Null(store.FindOfficial("a.xlsx", Sha, _ => false));
    }

    [Fact]
    public void A_read_kept_as_json_by_an_earlier_program_is_replaced()
    {
        var store = new ParsedInputStore(temp.Path);
        store.KeepOfficial("a.xlsx", Sha, OneFigure());
        var kept = Directory.GetFiles(temp.Path).Single();
        var legacy = Path.ChangeExtension(kept, ".json").Replace(Sha[..16], Sha.Replace('0', 'f')[..16]);
        File.Move(kept, legacy);
        File.WriteAllText(legacy, "{\"ReportName\": \"Jämförelse\", \"Publication\": 2024}");

        store.KeepOfficial("a.xlsx", Sha, OneFigure());

        Assert.Equal([kept], Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void A_newer_read_of_the_same_path_replaces_the_older_one()
    {
        var store = new ParsedInputStore(temp.Path);
        var report = OneFigure();

        store.KeepOfficial("a.xlsx", Sha, report);
        store.KeepOfficial("a.xlsx", Sha.Replace('0', 'f'), report);

        Assert.Single(Directory.GetFiles(temp.Path));
        Assert.Null(store.FindOfficial("a.xlsx", Sha));
    }

    [Fact]
    public void The_least_recently_used_reads_go_first_when_more_than_the_most_are_kept()
    {
        var store = new ParsedInputStore(temp.Path);
        for (var i = 0; i < ParsedInputStore.MostKept; i++)
        {
            var before = Directory.GetFiles(temp.Path);
            store.KeepOfficial($"{i}.xlsx", Sha, OneFigure());
            var made = Directory.GetFiles(temp.Path).Except(before).Single();
            File.SetLastWriteTimeUtc(made, new DateTime(2026, 1, 1, 0, i, 0, DateTimeKind.Utc));
        }

        // The oldest read is used, so the second oldest goes when one more is kept.
        Assert.NotNull(store.FindOfficial("0.xlsx", Sha));
        store.KeepOfficial("new.xlsx", Sha, OneFigure());

        Assert.Equal(ParsedInputStore.MostKept, Directory.GetFiles(temp.Path).Length);
        Assert.NotNull(store.FindOfficial("0.xlsx", Sha));
        Assert.Null(store.FindOfficial("1.xlsx", Sha));
        Assert.NotNull(store.FindOfficial("new.xlsx", Sha));
    }

    [Fact]
    public void A_workbook_with_a_problem_is_not_kept_and_its_problem_is_reported_on_every_read()
    {
        var data = temp.Copy(TestPaths.Small, "data");
        var official = Path.Combine(data, LoadInputs.OfficialFolder);
        Directory.CreateDirectory(official);
        File.WriteAllText(Path.Combine(official, "report.xlsx"), "not a workbook");
        var cache = Path.Combine(temp.Path, "cache");
        var store = new ParsedInputStore(cache);

        for (var build = 0; build < 2; build++)
        {
            var diagnostics = new DiagnosticBag();
            LoadInputs.Run(data, null, diagnostics, store: store);
            Assert.Contains(diagnostics.Items, d => d.Message == "not an xlsx workbook");
        }

        // The folder holds the reads of the data's clean exports, none of the workbook.
        Assert.Empty(Directory.Exists(cache) ? Directory.GetFiles(cache, "official-*") : []);
    }

    public void Dispose() => temp.Dispose();
}
