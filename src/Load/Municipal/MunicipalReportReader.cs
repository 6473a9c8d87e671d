using Site.Diagnostics;
using Site.Model;
using Site.Model.Municipal;

namespace Site.Load.Municipal;

/// <summary>
/// Reads one of Skolverket's municipality reports (costs, teachers, pupils) as downloaded: which it is from the report
/// name in the preamble, its columns by their headers (a column the site does not know is reported), every cell a
/// number with decimal comma and space thousands separators (applied or not, as Skolverket writes them) or a marker.
/// </summary>
public static class MunicipalReportReader
{
    private static readonly Dictionary<string, string> Organizers = new(StringComparer.Ordinal)
    {
        ["Samtliga"] = "all",
        ["Kommunal"] = "municipal",
        ["Enskild"] = "independent",
        ["Statlig"] = "state",
        ["Region"] = "region",
        ["Internationella skolor"] = "international",
    };

    public static MunicipalFile? Read(string path, IReadOnlyList<string> lines, DiagnosticBag diagnostics)
    {
        if (MunicipalTableReader.Read(path, lines, diagnostics) is not { } table)
        {
            return null;
        }

        var report = MunicipalReport.All.FirstOrDefault(r => table.ReportName.StartsWith(
            r.NameStart,
            StringComparison.Ordinal));
        if (report is null)
        {
            diagnostics.Error(
                new SourceRef(path, 1),
                "not one of the municipality reports the site reads",
                table.ReportName,
                "municipalities/ holds Skolverket's 'Kostnader per kommun', 'Personalstatistik med lärarlegitimation "
                + "och behörighet' and 'Antal elever per årskurs' at municipality level");
            return null;
        }

        if (report.CalendarYear
            ? !(table.Period.Length == 4 && table.Period.All(char.IsAsciiDigit))
            : SchoolYear.TryParse(table.Period) is null)
        {
            diagnostics.Error(
                new SourceRef(path, table.PeriodLine, 1),
                report.CalendarYear
                    ? "the year in the preamble is not of the form 2024"
                    : "the school year in the preamble is not of the form 2024/25",
                table.Period,
                "keep the preamble as Skolverket wrote it");
            return null;
        }

        var columns = Columns(path, table, report, diagnostics);
        if (columns is null)
        {
            return null;
        }

        var rows = new List<MunicipalRow>();
        foreach (var row in table.Rows)
        {
            if (Row(path, row, table, report, columns, diagnostics) is { } read)
            {
                rows.Add(read);
            }
        }

        return new MunicipalFile(path, report.Kind, table.ReportName, table.Period, rows);
    }

    /// <summary>The field index of each key and value column; null (with errors) when one is missing.</summary>
    private static Dictionary<string, int>? Columns(
        string path,
        MunicipalTable table,
        MunicipalReport report,
        DiagnosticBag diagnostics)
    {
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < table.Header.Count; i++)
        {
            var name = table.Header[i];
            if (name.Length == 0 && i == table.Header.Count - 1)
            {
                continue; // the empty field after the trailing ';'
            }

            var key = MunicipalTableReader.IsMunicipalityCode(name)
                ? "code"
                : name == "Kommun" ? "name" : name == "Typ av huvudman" ? "organizer" : null;
            var value = report.Columns.FirstOrDefault(c => c.Header == name);
            if (key is not null || value is not null)
            {
                found.TryAdd(key ?? value!.Code, i);
            }
            else if (!MunicipalReport.KeyHeaders.Contains(name))
            {
                diagnostics.Warning(
                    new SourceRef(path, table.HeaderLine, i + 1),
                    "a column the site does not recognise is not read",
                    name,
                    "if Skolverket renamed one of the report's columns, tell the site's maintainers its new name");
            }
        }

        var missing = new[] { "code", "name", "organizer" }
            .Concat(report.Columns.Select(c => c.Code))
            .Where(c => !found.ContainsKey(c))
            .ToList();
        if (missing.Count > 0)
        {
            diagnostics.Error(
                new SourceRef(path, table.HeaderLine),
                $"the report lacks the columns {string.Join(", ", missing)}",
                string.Join(";", table.Header),
                "export the report as downloaded from Sök statistik, at municipality level (Kommun)");
            return null;
        }

        return found;
    }

    private static MunicipalRow? Row(
        string path,
        ExportTableRow row,
        MunicipalTable table,
        MunicipalReport report,
        Dictionary<string, int> columns,
        DiagnosticBag diagnostics)
    {
        var code = row.Fields[columns["code"]].Trim();
        var ok = true;
        if (code.Length != 4 || !code.All(char.IsAsciiDigit))
        {
            diagnostics.Error(
                new SourceRef(path, row.Line, columns["code"] + 1),
                "a municipality code must be 4 digits",
                code,
                "keep the leading zero (0180), as Skolverket writes it");
            ok = false;
        }

        var organizerText = row.Fields[columns["organizer"]].Trim();
        if (!Organizers.TryGetValue(organizerText, out var organizer))
        {
            diagnostics.Error(
                new SourceRef(path, row.Line, columns["organizer"] + 1),
                "an organizer type the site does not know",
                organizerText,
                $"the reports use {string.Join(", ", Organizers.Keys)}");
            ok = false;
        }

        var values = new ResultValue[report.Columns.Count];
        for (var i = 0; i < values.Length; i++)
        {
            var column = report.Columns[i];
            var raw = row.Fields[columns[column.Code]];
            var value = SwedishNumberParser.ParseCell(raw);
            if (value is null
                || value.Value.Number is < 0
                || (column.IsShare && value.Value.Number > 100)
                || (!column.IsShare && value.Value.Status == ValueStatus.RoundedNear100))
            {
                diagnostics.Error(
                    new SourceRef(path, row.Line, columns[column.Code] + 1),
                    $"{column.Code} is not {(column.IsShare ? "a share from 0 to 100" : "a number of 0 or more")} with "
                    + $"decimal comma, or a marker ('..', '.')",
                    raw,
                    "write the value as Skolverket publishes it");
                ok = false;
                continue;
            }

            values[i] = value.Value;
        }

        return ok
            ? new MunicipalRow(
                report.Kind,
                code,
                row.Fields[columns["name"]].Trim(),
                table.Period,
                organizer!,
                values,
                new SourceRef(path, row.Line))
            : null;
    }
}
