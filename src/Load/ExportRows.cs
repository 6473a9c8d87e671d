using Site.Diagnostics;
using Site.Model;

namespace Site.Load;

/// <summary>
/// The data rows of a "Sök statistik" export, read the same way for every report: from the line after the header to
/// the blank line before Skolverket's footer, each row with as many fields as the header.
/// </summary>
public static class ExportRows
{
    /// <param name="headerIndex">The header's 0-based line.</param>
    /// <param name="fieldCount">How many fields the header has; a row with another count is an error.</param>
    public static List<ExportTableRow> Read(
        string path, IReadOnlyList<string> lines, int headerIndex, int fieldCount, DiagnosticBag diagnostics)
    {
        var rows = new List<ExportTableRow>(Math.Max(0, lines.Count - headerIndex - 1));
        for (var i = headerIndex + 1; i < lines.Count; i++)
        {
            var fields = LineFields.Of(lines[i]);
            if (fields.AllBlank() || fields.StartsWith("Rapportbeskrivning"))
            {
                break; // the blank line before Skolverket's footer ends the data
            }

            if (fields.Count != fieldCount)
            {
                diagnostics.Error(
                    new SourceRef(path, i + 1, Math.Min(fields.Count, fieldCount) + 1),
                    $"the row has {fields.Count} fields where the header has {fieldCount}",
                    fix: "a ';' inside a value or a cut-off row; compare the row with the header");
                continue;
            }

            rows.Add(new ExportTableRow(i + 1, fields));
        }

        return rows;
    }
}
