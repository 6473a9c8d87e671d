using Site.Diagnostics;
using Site.Load;
using Site.Load.Municipal;
using Site.Model;
using Site.Model.Municipal;

namespace Site.Tests.Load;

public class MunicipalReportReaderTests
{
    private const string CostHeader =
        "Kommun;Kommunkod;Län;Läns-kod;Typ av huvudman;Genomsnittligt elevantal;Totalt;Undervisning;Totalt per "
        + "elev;Undervisning per elev;Lokaler per elev;Måltider per elev;Lärverktyg per elev;Elevhälsa per elev;Övrigt "
        + "per elev;";

    private static string Costs(params string[] rows) =>
        "\uFEFFStatistik från Skolverket, https://www.skolverket.se\n\nGrundskola - Kostnader per kommun\nValt år: "
        + "2024\nEndast kommunal huvudman\n\n"
        + CostHeader + "\n" + string.Join("\n", rows) + "\n\nRapportbeskrivning och definitioner etc.\n";

    private static MunicipalFile? Read(string text, DiagnosticBag diagnostics) =>
        MunicipalReportReader.Read("k.csv", TextFileDecoder.Lines(text.TrimStart('\uFEFF')), diagnostics);

    [Fact]
    public void Reads_a_cost_row_whose_thousands_separators_come_and_go()
    {
        var diagnostics = new DiagnosticBag();

        // Stockholm's row as Skolverket wrote it: 11221841 without spaces next to 6 070 639 with them.
        var file = Read(
            Costs(
                "Stockholm;0180;Stockholms län;01;Kommunal;69 140;11221841;6 070 639;162 300;87 800;33 600;9 900;10 "
                + "300;4 490;16 300;"),
            diagnostics);

        Assert.Empty(diagnostics.Items);
        var row = Assert.Single(file!.Rows);
        Assert.Equal(("0180", "2024", "municipal"), (row.MunicipalityCode, row.Period, row.Organizer));
        Assert.Equal(11221841m, row.Value("total_ksek").Number);
        Assert.Equal(6070639m, row.Value("teaching_ksek").Number);
        Assert.Equal(162300m, row.Value("total_per_pupil").Number);
        Assert.Equal(new SourceRef("k.csv", 8), row.Source);
    }

    [Fact]
    public void Joins_the_staff_reports_group_row_to_its_columns_past_the_note_line()
    {
        var text = "Statistik från Skolverket, https://www.skolverket.se\n\nGrundskola - Personalstatistik med "
            + "lärarlegitimation och behörighet\nValt läsår: 2024/25\nValt uttag: 2025-02-12\n\n"
            + "Från och med läsåret 2024/25 redovisas ingen statistik som baseras på färre än 3 st heltidstjänster för "
            + "lärare.\n\n"
            + ";;;;;#Heltidstjänster;#Heltidstjänster;#Heltidstjänster;#Heltidstjänster;#Tjänstgörande "
            + "lärare;#Tjänstgörande lärare;#Tjänstgörande lärare;#Tjänstgörande lärare;\n"
            + "Kommun;Kommun-kod;Län;Läns-kod;Typ av huvudman;Totalt antal;Antal med lärarlegitimation och "
            + "behörighet;Andel med lärarlegitimation och behörighet;Förstelärare;Totalt antal;Antal med "
            + "lärarlegitimation och behörighet i minst ett ämne;Andel med lärarlegitimation och behörighet i minst "
            + "ett ämne;Förstelärare;\n"
            + "Stockholm;0180;Stockholms län;01;Samtliga;5 793,5;4 515,0;77,9;0,0;6 393;5 588;87,4;854;\n"
            + "Dorotea;2425;Västerbottens län;24;Kommunal;22,2;14,9;67,1;.;27;20;74,1;.;\n";
        var diagnostics = new DiagnosticBag();

        var file = Read(text, diagnostics);

        Assert.Empty(diagnostics.Items);
        Assert.Equal(MunicipalReportKind.Staff, file!.Kind);
        Assert.Equal("2024/25", file.Period);
        Assert.Equal(5793.5m, file.Rows[0].Value("fte_total").Number);
        Assert.Equal(87.4m, file.Rows[0].Value("teachers_certified_pct").Number);
        Assert.Equal(854m, file.Rows[0].Value("first_teachers").Number);
        Assert.Equal(ResultValue.Marker(ValueStatus.Missing), file.Rows[1].Value("first_teachers"));
    }

    [Fact]
    public void Every_bad_cell_and_an_unknown_column_are_reported_where_they_are()
    {
        var text = Costs(
            "Stockholm;0180;Stockholms län;01;Kommunalt;69 140;11221841;6 070 639;162 300;87 800;33 600;9 900;10 300;4 "
            + "490;16 300;",
            "Solna;184;Stockholms län;01;Kommunal;69 140;11221841;6 070 639;16 23 00;87 800;33 600;9 900;10 300;4 "
            + "490;16 300;")
            .Replace("Övrigt per elev;", "Övrigt per elev;Nytt mått;").Replace("16 300;\n", "16 300;1;\n");
        var diagnostics = new DiagnosticBag();

        var file = Read(text, diagnostics);

        var errors = diagnostics.Items
            .Where(d => d.Severity == Severity.Error)
            .Select(d => (d.Where.Line, d.Where.Column, d.Value))
            .ToList();
        Assert.Equal([(8, 5, "Kommunalt"), (9, 2, "184"), (9, 9, "16 23 00")], errors);
        var warning = Assert.Single(diagnostics.Items, d => d.Severity == Severity.Warning);
        Assert.Equal(("Nytt mått", 7, 16), (warning.Value, warning.Where.Line, warning.Where.Column));
        Assert.Empty(file!.Rows);
    }

    [Fact]
    public void Another_report_is_named_not_guessed()
    {
        var diagnostics = new DiagnosticBag();

        var file = Read(
            Costs().Replace("Grundskola - Kostnader per kommun", "Grundskola - Elever i fritidshem"),
            diagnostics);

        Assert.Null(file);
        Assert.Equal("Grundskola - Elever i fritidshem", Assert.Single(diagnostics.Items).Value);
    }

    [Fact]
    public void Reads_the_real_reports()
    {
        var folder = Path.Combine(TestPaths.RealData, "municipalities");
        var files = Directory.GetFiles(folder, "*.csv").Order(StringComparer.Ordinal).Select(p =>
        {
            var diagnostics = new DiagnosticBag();
            var file = MunicipalReportReader.Read(
                p,
                TextFileDecoder.Lines(TextFileDecoder.Decode(p, File.ReadAllBytes(p), diagnostics)!),
                diagnostics);
            Assert.Empty(diagnostics.Items);
            return file!;
        }).ToList();

        Assert.Equal(11, files.Count);
        var costs = Assert.Single(files, f => f.Kind == MunicipalReportKind.Costs);
        Assert.Equal(290, costs.Rows.Count);
        Assert.Equal(162300m, costs.Rows.Single(r => r.MunicipalityCode == "0180").Value("total_per_pupil").Number);
        var staff2020 = files.Single(f => f.Kind == MunicipalReportKind.Staff && f.Period == "2020/21");
        Assert.Equal(
            82.1m,
            staff2020.Rows
                .Single(r => r.MunicipalityCode == "0180" && r.Organizer == "all")
                .Value("teachers_certified_pct").Number);
        var pupils = files.Single(f => f.Kind == MunicipalReportKind.Pupils && f.Period == "2024/25");
        Assert.Equal(
            97109m,
            pupils.Rows
                .Single(r => r.MunicipalityCode == "0180" && r.Organizer == "all")
                .Value("pupils_grades_1_9").Number);
    }
}
