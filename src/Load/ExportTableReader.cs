using Site.Diagnostics;
using Site.Model;

namespace Site.Load;

/// <summary>
/// Reads the layout every "Sök statistik" export shares: a preamble naming the report and "Valt läsår", a ';'-separated
/// header, data rows, then a blank line and a footer. What the columns mean is for the reader of each report to decide.
/// </summary>
public static class ExportTableReader
{
    private const int MaxPreambleLines = 20;

    public static ExportTable? Read(string path, IReadOnlyList<string> lines, DiagnosticBag diagnostics)
    {
        var headerIndex = FindHeader(lines);
        if (headerIndex < 0)
        {
            diagnostics.Error(
                new SourceRef(path, 1),
                $"no header with a school-unit code column (Skol-enhetskod) in the first {MaxPreambleLines} lines",
                fix: "use Skolverket's school-unit export (Skolenhet) as downloaded, or a tidy file whose header "
                    + "starts with school_code");
            return null;
        }

        var year = FindYear(path, lines, headerIndex, diagnostics);
        if (year is null)
        {
            return null;
        }

        var header = lines[headerIndex].Split(';');
        var report = lines
            .Take(headerIndex)
            .Select(l => l.Split(';')[0].Trim())
            .FirstOrDefault(l => l.StartsWith("Grundskola", StringComparison.Ordinal)) ?? "Skolverket export";
        return new ExportTable(path, report, year.Value, headerIndex + 1, header, lines);
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

    private static SchoolYear? FindYear(
        string path,
        IReadOnlyList<string> lines,
        int headerIndex,
        DiagnosticBag diagnostics)
    {
        const string prefix = "Valt läsår:";
        for (var i = 0; i < headerIndex; i++)
        {
            var first = lines[i].Split(';')[0].Trim();
            if (!first.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var text = first[prefix.Length..].Trim();
            if (SchoolYear.TryParse(text) is { } year)
            {
                return year;
            }

            diagnostics.Error(
                new SourceRef(path, i + 1, 1),
                "the school year in the preamble is not of the form 2024/25",
                text,
                "keep the preamble as Skolverket wrote it");
            return null;
        }

        diagnostics.Error(
            new SourceRef(path, 1),
            "the preamble has no 'Valt läsår: YYYY/YY' line, so the school year is unknown",
            fix: "keep Skolverket's five preamble lines when saving the export");
        return null;
    }
}
