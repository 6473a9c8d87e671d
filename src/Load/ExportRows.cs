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
        string path, IReadOnlyList<string> lines, int headerIndex, int fieldCount, DiagnosticBag diagnostics) =>
        [.. Each(path, lines, headerIndex, fieldCount, diagnostics)];

    /// <summary>
    /// The rows one at a time, each reported as it is reached: a reader that takes what it needs from a row and drops
    /// it lets the row die young. Held whole, a national year's 13,600 rows lived until its last was read, and the
    /// collector copied them into an older generation first (their fields' starts, ~30 MB in a national load).
    /// </summary>
    /// <inheritdoc cref="Read"/>
    public static IEnumerable<ExportTableRow> Each(
        string path, IReadOnlyList<string> lines, int headerIndex, int fieldCount, DiagnosticBag diagnostics)
    {
        for (var i = headerIndex + 1; i < lines.Count; i++)
        {
            var fields = LineFields.Of(lines[i]);
            if (fields.AllBlank() || fields.StartsWith("Rapportbeskrivning"))
            {
                yield break; // the blank line before Skolverket's footer ends the data
            }

            if (fields.Count != fieldCount)
            {
                diagnostics.Error(
                    new SourceRef(path, i + 1, Math.Min(fields.Count, fieldCount) + 1),
                    $"the row has {fields.Count} fields where the header has {fieldCount}",
                    fix: "a ';' inside a value or a cut-off row; compare the row with the header");
                continue;
            }

            yield return new ExportTableRow(i + 1, fields);
        }
    }
}
