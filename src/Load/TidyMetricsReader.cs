using Site.Diagnostics;
using Site.Model;

namespace Site.Load;

/// <summary>
/// Reads a tidy staff, test and eligibility file (data/resources/, written by <c>import</c>): the results' tidy shape,
/// with one more status, <c>teachers_excluded</c> for Skolverket's <c>*</c>.
/// </summary>
public static class TidyMetricsReader
{
    public static IReadOnlyList<MetricRow> Read(string path, string text, DiagnosticBag diagnostics)
    {
        var rows = new List<MetricRow>();
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

            var info = SchoolMetricInfo.FromCode(r.Measure);
            if (info is null)
            {
                diagnostics.Error(
                    row.At("measure"),
                    "unknown staff, test or eligibility measure",
                    r.Measure,
                    $"use one of {string.Join(", ", SchoolMetricInfo.All.Select(m => m.Code))}");
                ok = false;
            }

            var status = ValueStatusCodes.FromTidyCode(r.Status);
            if (status is null)
            {
                diagnostics.Error(
                    row.At("status"),
                    "unknown status",
                    r.Status,
                    "use ok, suppressed (..), missing (.), rounded_100 (~100) or teachers_excluded (*)");
                ok = false;
            }

            if (ok && Value(row, status!.Value, info!, diagnostics) is { } value)
            {
                rows.Add(new MetricRow(r.SchoolCode, year!.Value, info!.Metric, value, row.At("value")));
            }
        }

        return rows;
    }

    private static ResultValue? Value(
        CsvRow<TidyResultRecord> row,
        ValueStatus status,
        SchoolMetricInfo info,
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

            return MetricCellParser.Check(
                ResultValue.Marker(status),
                raw,
                info,
                row.At("status"),
                diagnostics,
                "a status of its kind");
        }

        ResultValue? value = InvariantNumberParser.Parse(raw, allowNegative: false) is { } number
            ? ResultValue.Reported(number)
            : null;
        return MetricCellParser.Check(
            value,
            raw,
            info,
            row.At("value"),
            diagnostics,
            "a number with decimal point (7.9)");
    }
}
