using System.Globalization;
using ExcelDataReader;
using Site.Diagnostics;
using Site.Model;

namespace Site.Load;

/// <summary>
/// Reads Skolverket's municipality report "Grundskola – Jämförelse av betygsresultat över tid" exactly as downloaded:
/// an xlsx workbook with one sheet per organizer type (Samtliga, Kommunal, Enskild) and a sheet of definitions. A
/// result sheet has title rows ("Typ av huvudman: …", "Valt läsår: 2024/25"), a header row (Kommun, Kommunkod, Län,
/// Länskod, Uppgift, then school years newest first) and one row per municipality and Uppgift. Numbers are numeric
/// cells; the markers '..', '.' and '~100' are text cells. Every problem is reported with its sheet, row and column.
/// </summary>
public static class OfficialReportReader
{
    private const int MaxTitleRows = 20;

    static OfficialReportReader()
    {
        // ExcelDataReader asks for code page 1252 while it is set up, even for xlsx; .NET ships it as a provider.
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
    }

    public static OfficialReport? Read(string path, Stream stream, DiagnosticBag diagnostics)
    {
        IExcelDataReader reader;
        try
        {
            reader = ExcelReaderFactory.CreateOpenXmlReader(stream);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException
            or ExcelDataReader.Exceptions.HeaderException)
        {
            diagnostics.Error(
                new SourceRef(path, 0),
                "not an xlsx workbook",
                ex.Message,
                "download the report from Skolverket's Sök statistik again as Excel (xlsx)");
            return null;
        }

        using (reader)
        {
            var figures = new List<OfficialFigure>();
            var publications = new List<SchoolYear>();
            var report = "Grundskola - Jämförelse av betygsresultat över tid";
            do
            {
                var sheet = reader.Name;
                var rows = new List<object?[]>();
                while (reader.Read())
                {
                    var row = new object?[reader.FieldCount];
                    for (var i = 0; i < row.Length; i++)
                    {
                        row[i] = reader.GetValue(i);
                    }

                    rows.Add(row);
                }

                if (sheet.StartsWith("Rapportbeskrivning", StringComparison.Ordinal))
                {
                    continue; // Skolverket's definitions: text for people, no figures
                }

                if (ReadSheet($"{path} [{sheet}]", rows, diagnostics) is { } read)
                {
                    report = read.Title ?? report;
                    publications.Add(read.Publication);
                    figures.AddRange(read.Figures);
                }
            }
            while (reader.NextResult());

            if (publications.Count == 0)
            {
                diagnostics.Error(
                    new SourceRef(path, 0),
                    "the workbook has no result sheet",
                    fix: "use the report 'Jämförelse av betygsresultat över tid' at municipality level, as downloaded");
                return null;
            }

            if (publications.Distinct().Count() > 1)
            {
                diagnostics.Error(
                    new SourceRef(path, 0),
                    "the sheets name different school years in 'Valt läsår'",
                    string.Join(", ", publications.Distinct().Select(p => p.Label)),
                    "download the report again: all sheets come from one choice of school year");
                return null;
            }

            return new OfficialReport(
                path,
                report,
                publications[0],
                figures.Select(f => f with { Publication = publications[0] }).ToList());
        }
    }

    private sealed record Sheet(string? Title, SchoolYear Publication, List<OfficialFigure> Figures);

    private static Sheet? ReadSheet(string where, List<object?[]> rows, DiagnosticBag diagnostics)
    {
        string? title = null;
        OrganizerType? organizer = null;
        var organizerKnown = false;
        SchoolYear? publication = null;
        var headerIndex = -1;
        for (var i = 0; i < Math.Min(rows.Count, MaxTitleRows) && headerIndex < 0; i++)
        {
            var first = Text(rows[i], 0);
            if (first.StartsWith("Grundskola", StringComparison.Ordinal))
            {
                title = first;
            }
            else if (first.StartsWith("Typ av huvudman:", StringComparison.Ordinal))
            {
                (organizer, organizerKnown) = first["Typ av huvudman:".Length..].Trim() switch
                {
                    "Samtliga" => ((OrganizerType?)null, true),
                    "Kommunal" => (OrganizerType.Municipal, true),
                    "Enskild" => (OrganizerType.Independent, true),
                    var other => Unknown(where, i, other, diagnostics),
                };
            }
            else if (first.StartsWith("Valt läsår:", StringComparison.Ordinal))
            {
                publication = SchoolYear.TryParse(first["Valt läsår:".Length..]);
                if (publication is null)
                {
                    diagnostics.Error(
                        new SourceRef(where, i + 1, 1),
                        "the school year is not of the form 2024/25",
                        first,
                        "keep the title rows as Skolverket wrote them");
                }
            }
            else if (ExportColumnMatcher.Normalise(first) == "kommun")
            {
                headerIndex = i;
            }
        }

        if (headerIndex < 0 || !organizerKnown || publication is null)
        {
            var missing = headerIndex < 0
                ? "a header row starting 'Kommun'"
                : !organizerKnown ? "a 'Typ av huvudman: …' row" : "a 'Valt läsår: YYYY/YY' row";
            diagnostics.Error(
                new SourceRef(where, 1),
                $"the sheet has no {missing} in its first {MaxTitleRows} rows",
                fix: "use the report 'Jämförelse av betygsresultat över tid' at municipality level, as downloaded");
            return null;
        }

        if (OfficialSheetLayout.Find(where, headerIndex, rows[headerIndex], diagnostics) is not { } columns)
        {
            return null;
        }

        var figures = new List<OfficialFigure>();
        for (var i = headerIndex + 1; i < rows.Count; i++)
        {
            ReadRow(where, i, rows[i], columns, organizer, publication.Value, figures, diagnostics);
        }

        return new Sheet(title, publication.Value, figures);
    }

    private static (OrganizerType?, bool) Unknown(string where, int row, string text, DiagnosticBag diagnostics)
    {
        diagnostics.Error(
            new SourceRef(where, row + 1, 1),
            "unknown organizer type",
            text,
            "the report's sheets are Samtliga, Kommunal and Enskild");
        return (null, false);
    }

    private static void ReadRow(
        string where,
        int index,
        object?[] row,
        OfficialSheetLayout layout,
        OrganizerType? organizer,
        SchoolYear publication,
        List<OfficialFigure> figures,
        DiagnosticBag diagnostics)
    {
        var line = index + 1;
        if (row.All(v => v is null || v is string { Length: 0 }))
        {
            return;
        }

        var code = Text(row, layout.Code);
        if (code.Length != 4 || !code.All(char.IsAsciiDigit))
        {
            diagnostics.Error(
                new SourceRef(where, line, layout.Code + 1),
                "a municipality code must be 4 digits, as text",
                code,
                "keep the Kommunkod column as Skolverket wrote it (0180, not 180)");
            return;
        }

        var uppgift = Text(row, layout.Indicator);
        if (OfficialIndicators.Match(uppgift) is not { } indicator)
        {
            diagnostics.Warning(
                new SourceRef(where, line, layout.Indicator + 1),
                "an Uppgift the site does not recognise is not read",
                uppgift,
                $"the names read are: {OfficialIndicators.Accepted}");
            return;
        }

        foreach (var (column, year) in layout.Years)
        {
            var at = new SourceRef(where, line, column + 1);
            if (Cell(row.ElementAtOrDefault(column), indicator, at, diagnostics) is { } value)
            {
                figures.Add(
                    new OfficialFigure(
                        code,
                        Text(row, layout.Name),
                        organizer,
                        year,
                        indicator,
                        value,
                        publication,
                        at));
            }
        }
    }

    private static ResultValue? Cell(object? cell, OfficialIndicator indicator, SourceRef at, DiagnosticBag diagnostics)
    {
        var max = indicator switch
        {
            OfficialIndicator.Pupils => 1_000_000m,
            OfficialIndicator.MeritValue17 => 340m,
            OfficialIndicator.MeritValue16 => 320m,
            _ => 100m,
        };
        switch (cell)
        {
            case double number when double.IsFinite(number) && (decimal)number is var d && d >= 0 && d <= max:
                return ResultValue.Reported(d);
            case double number:
                diagnostics.Error(
                    at,
                    $"the number is outside 0–{max.ToString(CultureInfo.InvariantCulture)}",
                    number.ToString(CultureInfo.InvariantCulture),
                    "check the cell against Skolverket's report");
                return null;
            case string text when ValueStatusCodes.FromMarker(text.Trim()) is { } status:
                return ResultValue.Marker(status);
            case null or string { Length: 0 }:
                diagnostics.Error(
                    at,
                    "the cell is empty; Skolverket writes '.' for no data",
                    fix: "download the report again; do not edit it");
                return null;
            default:
                diagnostics.Error(
                    at,
                    "neither a number nor one of Skolverket's markers (.., ., ~100)",
                    Convert.ToString(cell, CultureInfo.InvariantCulture),
                    "a number must be a numeric cell, not text");
                return null;
        }
    }

    internal static string Text(object?[] row, int column) =>
        column < row.Length ? Convert.ToString(row[column], CultureInfo.InvariantCulture)?.Trim() ?? "" : "";
}
