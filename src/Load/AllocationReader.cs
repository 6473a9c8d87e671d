using System.Globalization;
using System.Text.Json;
using Site.Diagnostics;
using Site.Model;

namespace Site.Load;

/// <summary>
/// Reads an allocation file in either dialect city staff produce: RFC 4180 (comma, decimal point) or the Swedish Excel
/// one (semicolon, decimal comma, space as thousands separator). The header line tells which.
/// </summary>
public static class AllocationReader
{
    public static IReadOnlyList<AllocationRow> Read(string path, string text, DiagnosticBag diagnostics)
    {
        var firstLine = text.Split('\n', 2)[0];
        var swedish = firstLine.Contains(';', StringComparison.Ordinal);
        var rows = new List<AllocationRow>();
        foreach (var row in CsvTable.Read<AllocationRecord, AllocationMap>(
            path,
            text,
            diagnostics,
            swedish ? ";" : ","))
        {
            var r = row.Record;
            var ok = true;
            if (!SchoolCode.IsValid(r.SchoolCode))
            {
                diagnostics.Error(row.At("school_code"), "a school-unit code must be 8 digits", r.SchoolCode);
                ok = false;
            }

            var year = SchoolYear.TryParse(r.SchoolYear);
            if (year is null)
            {
                diagnostics.Error(row.At("school_year"), "a school year must look like 2024/25", r.SchoolYear);
                ok = false;
            }

            var index = Number(
                row,
                "socioeconomic_index",
                r.SocioeconomicIndex,
                swedish,
                0m,
                1000m,
                diagnostics,
                ref ok);
            var sek = Number(row, "sek_per_pupil", r.SekPerPupil, swedish, 0m, 1_000_000m, diagnostics, ref ok);
            int? pupils = null;
            if (r.Pupils.Length > 0)
            {
                var count = Number(row, "pupils", r.Pupils, swedish, 0m, 100_000m, diagnostics, ref ok);
                if (count is { } c && c % 1 != 0)
                {
                    diagnostics.Error(row.At("pupils"), "pupils must be a whole number", r.Pupils);
                    ok = false;
                }

                pupils = count is { } p ? (int)p : null;
            }

            if (ok)
            {
                rows.Add(
                    new AllocationRow(
                        r.SchoolCode,
                        year!.Value,
                        index!.Value,
                        sek!.Value,
                        pupils,
                        new SourceRef(path, row.Line)));
            }
        }

        return rows;
    }

    public static AllocationMeta? ReadMeta(string path, string text, DiagnosticBag diagnostics)
    {
        try
        {
            return JsonSerializer.Deserialize(text, InputJson.Default.AllocationMeta);
        }
        catch (JsonException ex)
        {
            diagnostics.Error(
                new SourceRef(path, (int)(ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1),
                "not a valid allocation sidecar",
                fix: "write {\"illustrative\": true, \"note\": \"…\"}");
            return null;
        }
    }

    private static decimal? Number(
        CsvRow<AllocationRecord> row,
        string column,
        string raw,
        bool swedish,
        decimal min,
        decimal max,
        DiagnosticBag diagnostics,
        ref bool ok)
    {
        decimal? value = swedish
            ? SwedishNumberParser.ParseNumber(raw.Trim())
            : InvariantNumberParser.Parse(raw);
        if (value is null || value < min || value > max)
        {
            var form = swedish ? "decimal comma, e.g. 12 450,5" : "decimal point, e.g. 12450.5";
            diagnostics.Error(
                row.At(column),
                $"{column} must be a number from {min.ToString(CultureInfo.InvariantCulture)} to "
                + $"{max.ToString(CultureInfo.InvariantCulture)} with {form}",
                raw);
            ok = false;
            return null;
        }

        return value;
    }
}
