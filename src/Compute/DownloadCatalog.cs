using Site.Compute.Data;
using Site.Compute.Views;
using Site.Model;

namespace Site.Compute;

/// <summary>The /data/ page, generated from the same specs as the files and datapackage.json: files, dictionary,
/// provenance.</summary>
public static class DownloadCatalog
{
    public static TableView Files(Texts.Texts t) => new(
        t.Pick("Filerna", "The files"),
        [
            t.Pick("Fil", "File"),
            t.Pick("Innehåll", "Contents"),
            t.Pick("CSV (RFC 4180)", "CSV (RFC 4180)"),
            t.Pick("CSV för Excel (svenska inställningar)", "CSV for Excel (Swedish settings)")],
        DataSpecs.All.Select(s => new TableRowView(s.File, Routes.Data(s),
        [
            FigureCell.Words(t.Pick(s.DescriptionSwedish, s.DescriptionEnglish)),
            FigureCell.Link(s.File, Routes.Data(s)),
            FigureCell.Link($"excel/{s.File}", Routes.Data(s, excel: true)),
        ])).ToList(),
        t.Pick(
            "CSV enligt RFC 4180: UTF-8, kommatecken mellan fälten, punkt som decimaltecken, engelska kolumnnamn och "
            + "koder. Excel-versionen: UTF-8 med BOM, semikolon, decimalkomma, svenska kolumnrubriker och svenska "
            + "etiketter för koderna (datakatalogen nedan visar båda). Ett tomt värde betyder att talet inte finns; "
            + "statuskolumnen säger varför. Adresserna ändras inte mellan terminerna.",
            "CSV per RFC 4180: UTF-8, comma-separated, decimal point, English column names and codes. The Excel "
            + "version: UTF-8 with BOM, semicolons, a decimal comma, Swedish column headers and Swedish labels for the "
            + "codes (the data dictionary below gives both). An empty value means there is no number; the status "
            + "column says why. The addresses do not change between terms."));

    public static IReadOnlyList<TableView> Dictionary(Texts.Texts t) =>
        DataSpecs.All.Select(s => new TableView(
            $"{s.File}: {t.Pick(s.TitleSwedish, s.TitleEnglish)}",
            [
                t.Pick("Kolumn", "Column"),
                t.Pick("Rubrik i Excel-filen", "Header in the Excel file"),
                t.Pick("Typ", "Type"),
                t.Pick("Beskrivning", "Description")],
            s.Columns.Select(c => new TableRowView(c.Name, null,
            [
                FigureCell.Words(SwedishExcel.Header(c)),
                FigureCell.Words(c.Type),
                FigureCell.Words(t.Pick(c.Swedish, c.English) + (c.Unit is { } u ? $" ({u})" : "") + Codes(c, t)),
            ])).ToList(),
            t.Pick(
                $"Primärnyckel: {string.Join(", ", s.PrimaryKey)}.",
                $"Primary key: {string.Join(", ", s.PrimaryKey)}."))).ToList();

    private static string Codes(DataColumn column, Texts.Texts t) =>
        SwedishExcel.CodesOf(column) is { Count: > 0 } codes
            ? t.Pick(
                " I Excel-filen: ",
                " In the Excel file: ") + string.Join(", ", codes.Select(p => $"{p.Key} = {p.Value}")) + "."
            : "";

    public static TableView Sources(Dataset dataset, Texts.Texts t) => new(
        t.Pick("Källorna", "The sources"),
        [
            t.Pick("Fil", "File"),
            t.Pick("Vad filen är", "What the file is"),
            t.Pick("Läsår", "School years"),
            t.Pick("Publicerad", "Published"),
            t.Pick("Hämtad", "Retrieved")],
        dataset.Sources.Select(s => new TableRowView(Path.GetFileName(s.Path), null,
        [
            FigureCell.Words($"{s.ReportName}. {FrameBuilder.What(s.Kind, t)}"),
            FigureCell.Words(string.Join(", ", s.Years.Select(y => y.Label))),
            FigureCell.Words(
                s.Kind == SourceKind.Api
                    ? t.Pick("publiceras inte (API-svar)", "not published (API responses)")
                    : s.Published ?? t.Pick("inte registrerad", "not recorded")),
            FigureCell.Words(s.Retrieved ?? t.Pick("inte registrerad", "not recorded")),
        ])).ToList(),
        t.Pick(
            "Datum från filernas sidofiler (.meta.json); Skolverkets exportfiler anger själva inget datum.",
            "Dates from the files' sidecars (.meta.json); Skolverket's exports carry no date themselves."));

    public static TableView Provenance(Dataset dataset, Texts.Texts t) => new(
        t.Pick("Indatafilerna som sidan byggdes från", "The input files the site was built from"),
        [t.Pick("Fil", "File"), "SHA-256"],
        dataset.Inputs
            .Select(f => new TableRowView(
                f.Name,
                null,
                [FigureCell.Words(
                    f.Withheld
                        ? t.Pick("undanhålls (stadens exakta uppgifter)", "withheld (the city's exact data)")
                        : f.Sha256)]))
            .ToList(),
        t.Pick(
            $"Skolverkets läsår: {dataset.Years[0].Label}–{dataset.Years[^1].Label}. Generatorns version: "
            + $"{DataPackageInfo.From(dataset).GeneratorVersion}.",
            $"Skolverket's school years: {dataset.Years[0].Label}–{dataset.Years[^1].Label}. Generator version: "
            + $"{DataPackageInfo.From(dataset).GeneratorVersion}."));
}
