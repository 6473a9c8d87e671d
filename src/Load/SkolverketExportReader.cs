using Site.Diagnostics;
using Site.Model;

namespace Site.Load;

/// <summary>
/// Reads a school-unit CSV export from Skolverket's "Sök statistik" exactly as downloaded:
/// a preamble naming the report and "Valt läsår", a header, ';'-separated rows with decimal comma, a blank line and a
/// footer.
/// </summary>
public static class SkolverketExportReader
{
    private static readonly (ExportColumn Column, Measure Measure)[] MeasureColumns =
    [
        (ExportColumn.MeritValue17, Measure.MeritValue),
        (ExportColumn.AllSubjectsPassed, Measure.AllSubjectsPassedPct),
        (ExportColumn.EligibleVocational, Measure.EligibleVocationalPct),
    ];

    /// <param name="strings">The load's shared strings; a file read alone has its own.</param>
    public static ResultsFile? Read(
        string path, IReadOnlyList<string> lines, DiagnosticBag diagnostics, SharedStrings? strings = null)
    {
        strings ??= new SharedStrings();
        if (ExportTableReader.Read(path, lines, diagnostics) is not { } table
            || MapColumns(path, table.HeaderLine, table.Header, diagnostics) is not { } columns)
        {
            return null;
        }

        // Sized once: grown from empty, the lists of a national load were copied ~15 times each, the largest in the
        // large-object heap (a full collection each time its budget ran out).
        var results = new List<ResultRow>(table.MostRows * MeasureColumns.Length);
        var pupils = new List<PupilCountRow>(table.MostRows);
        var schools = new List<ExportSchoolRow>(table.MostRows);
        foreach (var row in table.Rows(diagnostics))
        {
            ReadRow(path, row, columns, table.Year, results, pupils, schools, diagnostics, strings);
        }

        return new ResultsFile(path, table.ReportName, [table.Year], results, pupils, schools);
    }

    private static Dictionary<ExportColumn, int>? MapColumns(
        string path,
        int line,
        IReadOnlyList<string> header,
        DiagnosticBag diagnostics)
    {
        var columns = new Dictionary<ExportColumn, int>(ExportColumnComparer.Instance);
        var ok = true;
        for (var i = 0; i < header.Count; i++)
        {
            if (ExportColumnMatcher.Match(header[i]) is not { } column)
            {
                if (!ExportColumnMatcher.IsKnownUnused(header[i]))
                {
                    diagnostics.Warning(
                        new SourceRef(path, line, i + 1),
                        "a column the site does not recognise is not read",
                        header[i],
                        "if it is one of the measures, it was renamed past recognition: tell the site's maintainers "
                        + "its new name");
                }

                continue;
            }

            if (!columns.TryAdd(column, i))
            {
                diagnostics.Error(
                    new SourceRef(path, line, i + 1),
                    "two columns mean the same thing",
                    header[i],
                    "remove one of them");
                ok = false;
            }
        }

        if (!columns.ContainsKey(ExportColumn.SchoolCode))
        {
            ok = false;
        }

        // Every measure the report carries must be found: a column renamed past recognition would otherwise drop a
        // measure from the site in silence. (Before 2014/15 the report has meritvärde over 16 subjects only.)
        foreach (var (column, _) in MeasureColumns)
        {
            if (!columns.ContainsKey(column)
                && !(column == ExportColumn.MeritValue17 && columns.ContainsKey(ExportColumn.MeritValue16)))
            {
                diagnostics.Error(
                    new SourceRef(path, line),
                    "the header has no column for " + column switch
                    {
                        ExportColumn.MeritValue17 => "meritvärde",
                        ExportColumn.AllSubjectsPassed => "the share passing all subjects",
                        _ => "eligibility for vocational programmes",
                    },
                    string.Join(';', header),
                    $"the report 'Slutbetyg årskurs 9' carries it as {ExportColumnMatcher.AcceptedNames(column)}; if "
                    + $"Skolverket renamed it, tell the site's maintainers the new name");
                ok = false;
            }
        }

        if (columns.TryGetValue(ExportColumn.MeritValue16, out var m16)
            && !columns.ContainsKey(ExportColumn.MeritValue17))
        {
            diagnostics.Warning(
                new SourceRef(path, line, m16 + 1),
                "meritvärde over 16 subjects is not comparable with the 17-subject value the site shows; the column is "
                + "skipped",
                header[m16]);
        }

        return ok ? columns : null;
    }

    private static void ReadRow(
        string path,
        ExportTableRow row,
        Dictionary<ExportColumn, int> columns,
        SchoolYear year,
        List<ResultRow> results,
        List<PupilCountRow> pupils,
        List<ExportSchoolRow> schools,
        DiagnosticBag diagnostics,
        SharedStrings strings)
    {
        var (line, fields) = (row.Line, row.Fields);
        var codeColumn = columns[ExportColumn.SchoolCode];
        var codeText = fields.Span(codeColumn).Trim();
        if (!SchoolCode.IsValid(codeText))
        {
            diagnostics.Error(
                new SourceRef(path, line, codeColumn + 1),
                "a school-unit code must be 8 digits",
                codeText.ToString(),
                "check the code against Skolverket's Skolenhetsregistret");
            return;
        }

        // The texts a row keeps are the load's shared strings; the cells that are parsed are read as spans.
        var code = strings.Of(codeText);
        string? Text(ExportColumn column) =>
            columns.TryGetValue(column, out var at) ? strings.Of(fields.Span(at).Trim()) : null;
        var municipality = Text(ExportColumn.MunicipalityCode);
        var name = Text(ExportColumn.SchoolName) ?? code;
        var organizer = Text(ExportColumn.OrganizerType) ?? "";
        var municipalityName = Text(ExportColumn.MunicipalityName);
        schools.Add(
            new ExportSchoolRow(
                code,
                name,
                municipality ?? "",
                municipalityName is { Length: > 0 } ? municipalityName : null,
                organizer,
                new SourceRef(path, line)));

        if (columns.TryGetValue(ExportColumn.Pupils, out var pc))
        {
            var where = new SourceRef(path, line, pc + 1);
            if (ResultCellParser.PupilCount(fields.Span(pc), where, diagnostics) is { } count)
            {
                pupils.Add(new PupilCountRow(code, municipality, year, count, where));
            }
        }

        foreach (var (column, measure) in MeasureColumns)
        {
            if (!columns.TryGetValue(column, out var index))
            {
                continue;
            }

            var where = new SourceRef(path, line, index + 1);
            if (ResultCellParser.Parse(fields.Span(index), measure, where, diagnostics) is { } value)
            {
                results.Add(new ResultRow(code, municipality, year, measure, value, where));
            }
        }
    }
}
