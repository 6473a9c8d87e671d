using Site.Diagnostics;
using Site.Model;

namespace Site.Load;

/// <summary>
/// Reads a school-unit CSV export from Skolverket's "Sök statistik" exactly as downloaded:
/// a preamble naming the report and "Valt läsår", a header, ';'-separated rows with decimal comma, a blank line and a footer.
/// </summary>
public static class SkolverketExportReader
{
    private const int MaxPreambleLines = 20;

    private static readonly (ExportColumn Column, Measure Measure)[] MeasureColumns =
    [
        (ExportColumn.MeritValue17, Measure.MeritValue),
        (ExportColumn.AllSubjectsPassed, Measure.AllSubjectsPassedPct),
        (ExportColumn.EligibleVocational, Measure.EligibleVocationalPct),
    ];

    public static ResultsFile? Read(string path, IReadOnlyList<string> lines, DiagnosticBag diagnostics)
    {
        var headerIndex = FindHeader(lines);
        if (headerIndex < 0)
        {
            diagnostics.Error(new SourceRef(path, 1), $"no header with a school-unit code column (Skol-enhetskod) in the first {MaxPreambleLines} lines", fix: "use Skolverket's school-unit export (Skolenhet) as downloaded, or a tidy file whose header starts with school_code");
            return null;
        }

        var year = FindYear(path, lines, headerIndex, diagnostics);
        var header = lines[headerIndex].Split(';');
        var columns = MapColumns(path, headerIndex + 1, header, diagnostics);
        if (year is null || columns is null)
        {
            return null;
        }

        var report = lines.Take(headerIndex).Select(l => l.Split(';')[0].Trim()).FirstOrDefault(l => l.StartsWith("Grundskola", StringComparison.Ordinal)) ?? "Skolverket export";
        var results = new List<ResultRow>();
        var pupils = new List<PupilCountRow>();
        var schools = new List<ExportSchoolRow>();
        for (var i = headerIndex + 1; i < lines.Count; i++)
        {
            var fields = lines[i].Split(';');
            if (fields.All(string.IsNullOrWhiteSpace))
            {
                break; // the blank line before Skolverket's footer ends the data
            }

            if (fields[0].StartsWith("Rapportbeskrivning", StringComparison.Ordinal))
            {
                break;
            }

            ReadRow(path, i + 1, fields, header.Length, columns, year.Value, results, pupils, schools, diagnostics);
        }

        return new ResultsFile(path, report, [year.Value], results, pupils, schools);
    }

    private static int FindHeader(IReadOnlyList<string> lines)
    {
        for (var i = 0; i < Math.Min(lines.Count, MaxPreambleLines); i++)
        {
            if (lines[i].Split(';').Any(f => ExportColumnMatcher.Match(f) == ExportColumn.SchoolCode))
            {
                return i;
            }
        }

        return -1;
    }

    private static SchoolYear? FindYear(string path, IReadOnlyList<string> lines, int headerIndex, DiagnosticBag diagnostics)
    {
        for (var i = 0; i < headerIndex; i++)
        {
            var first = lines[i].Split(';')[0].Trim();
            const string prefix = "Valt läsår:";
            if (!first.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var text = first[prefix.Length..].Trim();
            if (SchoolYear.TryParse(text) is { } year)
            {
                return year;
            }

            diagnostics.Error(new SourceRef(path, i + 1, 1), "the school year in the preamble is not of the form 2024/25", text, "keep the preamble as Skolverket wrote it");
            return null;
        }

        diagnostics.Error(new SourceRef(path, 1), "the preamble has no 'Valt läsår: YYYY/YY' line, so the school year is unknown", fix: "keep Skolverket's five preamble lines when saving the export");
        return null;
    }

    private static Dictionary<ExportColumn, int>? MapColumns(string path, int line, string[] header, DiagnosticBag diagnostics)
    {
        var columns = new Dictionary<ExportColumn, int>();
        var ok = true;
        for (var i = 0; i < header.Length; i++)
        {
            if (ExportColumnMatcher.Match(header[i]) is not { } column)
            {
                continue;
            }

            if (!columns.TryAdd(column, i))
            {
                diagnostics.Error(new SourceRef(path, line, i + 1), "two columns mean the same thing", header[i], "remove one of them");
                ok = false;
            }
        }

        if (!columns.ContainsKey(ExportColumn.SchoolCode))
        {
            ok = false;
        }

        if (!MeasureColumns.Any(m => columns.ContainsKey(m.Column)))
        {
            diagnostics.Error(new SourceRef(path, line), "the header has none of the result columns (meritvärde, alla ämnen, behöriga till yrkesprogram)", string.Join(';', header), "export the report 'Slutbetyg årskurs 9' at school-unit level");
            ok = false;
        }

        if (columns.TryGetValue(ExportColumn.MeritValue16, out var m16) && !columns.ContainsKey(ExportColumn.MeritValue17))
        {
            diagnostics.Warning(new SourceRef(path, line, m16 + 1), "meritvärde over 16 subjects is not comparable with the 17-subject value the site shows; the column is skipped", header[m16]);
        }

        return ok ? columns : null;
    }

    private static void ReadRow(
        string path,
        int line,
        string[] fields,
        int width,
        Dictionary<ExportColumn, int> columns,
        SchoolYear year,
        List<ResultRow> results,
        List<PupilCountRow> pupils,
        List<ExportSchoolRow> schools,
        DiagnosticBag diagnostics)
    {
        if (fields.Length != width)
        {
            diagnostics.Error(new SourceRef(path, line, Math.Min(fields.Length, width) + 1), $"the row has {fields.Length} fields where the header has {width}", fix: "a ';' inside a value or a cut-off row; compare the row with the header");
            return;
        }

        var codeColumn = columns[ExportColumn.SchoolCode];
        var code = fields[codeColumn].Trim();
        if (!SchoolCode.IsValid(code))
        {
            diagnostics.Error(new SourceRef(path, line, codeColumn + 1), "a school-unit code must be 8 digits", code, "check the code against Skolverket's Skolenhetsregistret");
            return;
        }

        var municipality = columns.TryGetValue(ExportColumn.MunicipalityCode, out var mc) ? fields[mc].Trim() : null;
        var name = columns.TryGetValue(ExportColumn.SchoolName, out var nc) ? fields[nc].Trim() : code;
        var organizer = columns.TryGetValue(ExportColumn.OrganizerType, out var oc) ? fields[oc].Trim() : "";
        schools.Add(new ExportSchoolRow(code, name, municipality ?? "", organizer, new SourceRef(path, line)));

        if (columns.TryGetValue(ExportColumn.Pupils, out var pc))
        {
            var where = new SourceRef(path, line, pc + 1);
            var raw = fields[pc];
            var value = SwedishNumberParser.ParseCell(raw);
            if (value is null || value.Value.Status == ValueStatus.RoundedNear100 || (value.Value.Number is { } n && (n < 0 || n % 1 != 0)))
            {
                diagnostics.Error(where, "a pupil count must be a whole number or a marker ('..', '.')", raw);
            }
            else
            {
                pupils.Add(new PupilCountRow(code, municipality, year, value.Value, where));
            }
        }

        foreach (var (column, measure) in MeasureColumns)
        {
            if (!columns.TryGetValue(column, out var index))
            {
                continue;
            }

            var where = new SourceRef(path, line, index + 1);
            if (ResultCellParser.Parse(fields[index], measure, where, diagnostics) is { } value)
            {
                results.Add(new ResultRow(code, municipality, year, measure, value, where));
            }
        }
    }
}
