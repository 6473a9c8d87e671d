using Site.Diagnostics;
using Site.Model;

namespace Site.Load.Municipal;

/// <summary>
/// Reads the layout Skolverket's municipality exports share: a preamble (report name, "Valt år" or "Valt läsår",
/// perhaps a note line), perhaps a group row, a ';'-separated header with a municipality-code column, data rows, then a
/// blank line and a footer of definitions. Every line ends with ';', so the last field is empty in the header and every
/// row.
/// </summary>
public static class MunicipalTableReader
{
    private const int MaxPreambleLines = 20;

    public static MunicipalTable? Read(string path, IReadOnlyList<string> lines, DiagnosticBag diagnostics)
    {
        var headerIndex = -1;
        for (var i = 0; i < Math.Min(lines.Count, MaxPreambleLines) && headerIndex < 0; i++)
        {
            if (lines[i].Split(';').Any(f => IsMunicipalityCode(f)))
            {
                headerIndex = i;
            }
        }

        if (headerIndex < 0)
        {
            diagnostics.Error(
                new SourceRef(path, 1),
                $"no header with a municipality-code column (Kommunkod or Kommun-kod) in the first "
                + $"{MaxPreambleLines} lines",
                fix: "use Skolverket's municipality-level export (Kommun) as downloaded");
            return null;
        }

        var (period, periodLine) = FindPeriod(lines, headerIndex);
        if (period is null)
        {
            diagnostics.Error(
                new SourceRef(path, 1),
                "the preamble has no 'Valt år:' or 'Valt läsår:' line, so the period is unknown",
                fix: "keep Skolverket's preamble lines when saving the export");
            return null;
        }

        var names = lines[headerIndex].Split(';');
        // A group row sits right above the header when its non-empty fields start with '#': each covers its column.
        var groups = headerIndex > 0
            && lines[headerIndex - 1].Split(';') is var above
            && above.Length == names.Length
            && above.Any(f => f.StartsWith('#'))
            ? above
            : null;
        var header = names
            .Select((n, i) => groups is not null && groups[i].Trim().Length > 0
                ? $"{groups[i].Trim()} {n.Trim()}"
                : n.Trim())
            .ToList();
        var report = lines
            .Take(headerIndex)
            .Select(l => l.Split(';')[0].Trim())
            .FirstOrDefault(l => l.StartsWith("Grundskola", StringComparison.Ordinal)) ?? "";
        var rows = ExportRows.Read(path, lines, headerIndex, names.Length, diagnostics);
        return new MunicipalTable(path, report, period, periodLine, headerIndex + 1, header, rows);
    }

    public static bool IsMunicipalityCode(string field) =>
        field.Trim().Replace("-", "", StringComparison.Ordinal).Equals("Kommunkod", StringComparison.OrdinalIgnoreCase);

    private static (string? Period, int Line) FindPeriod(IReadOnlyList<string> lines, int headerIndex)
    {
        for (var i = 0; i < headerIndex; i++)
        {
            var first = lines[i].Split(';')[0].Trim();
            foreach (var prefix in new[] { "Valt läsår:", "Valt år:" })
            {
                if (first.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return (first[prefix.Length..].Trim(), i + 1);
                }
            }
        }

        return (null, 0);
    }
}
