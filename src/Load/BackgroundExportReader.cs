using Site.Diagnostics;
using Site.Model;

namespace Site.Load;

/// <summary>
/// Reads Skolverket's "Grundskola – Antal elever per årskurs" school-level export for its pupil-background columns,
/// which are the real per-school socioeconomic indicators the analysis uses.
/// </summary>
public static class BackgroundExportReader
{
    public static BackgroundFile? Read(string path, IReadOnlyList<string> lines, DiagnosticBag diagnostics)
    {
        if (ExportTableReader.Read(path, lines, diagnostics) is not { } table)
        {
            return null;
        }

        var columns = new Dictionary<ExportColumn, int>(ExportColumnComparer.Instance);
        for (var i = 0; i < table.Header.Count; i++)
        {
            if (ExportColumnMatcher.Match(table.Header[i]) is { } column)
            {
                columns.TryAdd(column, i);
            }
            else if (!ExportColumnMatcher.IsKnownUnused(table.Header[i]))
            {
                diagnostics.Warning(
                    new SourceRef(path, table.HeaderLine, i + 1),
                    "a column the site does not recognise is not read",
                    table.Header[i],
                    "if it is one of the background shares, it was renamed past recognition: tell the site's "
                    + "maintainers its new name");
            }
        }

        ExportColumn[] required = [
            ExportColumn.SchoolCode,
            ExportColumn.MunicipalityCode,
            ExportColumn.ForeignBackground,
            ExportColumn.ParentsPostSecondary,
            ExportColumn.PupilsGrades1To9];
        var missing = required.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            diagnostics.Error(
                new SourceRef(path, table.HeaderLine),
                $"the background export lacks the columns {string.Join(", ", missing)}",
                fix: "export 'Grundskola – Antal elever per årskurs' at school level (Skolnivå) from Sök statistik");
            return null;
        }

        var rows = new List<BackgroundRow>();
        foreach (var row in table.Rows(diagnostics))
        {
            var code = row.Fields[columns[ExportColumn.SchoolCode]].Trim();
            if (!SchoolCode.IsValid(code))
            {
                diagnostics.Error(
                    new SourceRef(path, row.Line, columns[ExportColumn.SchoolCode] + 1),
                    "a school-unit code must be 8 digits",
                    code);
                continue;
            }

            var foreign = Share(path, row, columns[ExportColumn.ForeignBackground], diagnostics);
            var parents = Share(path, row, columns[ExportColumn.ParentsPostSecondary], diagnostics);
            var pupils = ResultCellParser.PupilCount(
                row.Fields[columns[ExportColumn.PupilsGrades1To9]],
                new SourceRef(path, row.Line, columns[ExportColumn.PupilsGrades1To9] + 1),
                diagnostics);
            var areaType = columns.TryGetValue(ExportColumn.AreaType, out var at) ? row.Fields[at].Trim() : "";
            if (foreign is not null && parents is not null && pupils is not null)
            {
                rows.Add(
                    new BackgroundRow(
                        code,
                        row.Fields[columns[ExportColumn.MunicipalityCode]].Trim(),
                        table.Year,
                        foreign.Value,
                        parents.Value,
                        pupils.Value,
                        areaType,
                        new SourceRef(path, row.Line)));
            }
        }

        return new BackgroundFile(path, table.ReportName, table.Year, rows);
    }

    private static ResultValue? Share(string path, ExportTableRow row, int column, DiagnosticBag diagnostics)
    {
        var raw = row.Fields[column];
        var value = SwedishNumberParser.ParseCell(raw);
        if (value is null || value.Value.Number is < 0 or > 100)
        {
            diagnostics.Error(
                new SourceRef(path, row.Line, column + 1),
                "a share must be a number from 0 to 100 with decimal comma, or a marker ('..', '.', '~100')",
                raw);
            return null;
        }

        return value;
    }
}
