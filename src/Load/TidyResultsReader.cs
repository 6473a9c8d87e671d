using Site.Diagnostics;
using Site.Model;

namespace Site.Load;

/// <summary>Reads a tidy results file (see data/README.md): RFC 4180, decimal point, a status column for Skolverket's
/// markers.</summary>
public static class TidyResultsReader
{
    public static ResultsFile Read(string path, string text, DiagnosticBag diagnostics)
    {
        var results = new List<ResultRow>();
        foreach (var row in CsvTable.Read<TidyResultRecord, TidyResultMap>(path, text, diagnostics))
        {
            var r = row.Record;
            var ok = true;
            if (!SchoolCode.IsValid(r.SchoolCode))
            {
                diagnostics.Error(
                    row.At("school_code"),
                    "a school-unit code must be 8 digits",
                    r.SchoolCode,
                    "check the code against Skolverket's Skolenhetsregistret");
                ok = false;
            }

            var year = SchoolYear.TryParse(r.SchoolYear);
            if (year is null)
            {
                diagnostics.Error(row.At("school_year"), "a school year must look like 2024/25", r.SchoolYear);
                ok = false;
            }

            var measure = MeasureInfo.FromCode(r.Measure);
            if (measure is null)
            {
                diagnostics.Error(
                    row.At("measure"),
                    "unknown measure",
                    r.Measure,
                    $"use one of {string.Join(", ", MeasureInfo.All.Select(m => m.Code))}");
                ok = false;
            }

            var status = ValueStatusCodes.FromTidyCode(r.Status);
            if (status is ValueStatus.TeachersExcluded)
            {
                diagnostics.Error(
                    row.At("status"),
                    "teachers_excluded (*) is a status of the teacher figures, not of a result",
                    r.Status,
                    "use ok, suppressed, missing or rounded_100");
                ok = false;
            }
            else if (status is null)
            {
                diagnostics.Error(
                    row.At("status"),
                    "unknown status",
                    r.Status,
                    "use ok, suppressed (..), missing (.) or rounded_100 (~100)");
                ok = false;
            }

            if (!ok)
            {
                continue;
            }

            if (ParseValue(row, status!.Value, measure!.Measure, diagnostics) is { } value)
            {
                results.Add(new ResultRow(r.SchoolCode, null, year!.Value, measure.Measure, value, row.At("value")));
            }
        }

        var years = results.Select(r => r.Year).Distinct().Order().ToList();
        return new ResultsFile(path, SourceFile.ApiReportName, years, results, [], []);
    }

    private static ResultValue? ParseValue(
        CsvRow<TidyResultRecord> row,
        ValueStatus status,
        Measure measure,
        DiagnosticBag diagnostics)
    {
        var raw = row.Record.Value;
        if (status != ValueStatus.Reported)
        {
            if (raw.Length != 0)
            {
                diagnostics.Error(
                    row.At("value"),
                    $"a value with status '{row.Record.Status}' must be empty: the marker is never a number",
                    raw,
                    "empty the value, or set status to ok");
                return null;
            }

            return ResultValue.Marker(status);
        }

        ResultValue? value = InvariantNumberParser.Parse(raw, allowNegative: true) is { } number
            ? ResultValue.Reported(number)
            : null;
        return ResultCellParser.Check(
            value,
            raw,
            measure,
            row.At("value"),
            diagnostics,
            "a number with decimal point (245.9)");
    }
}
