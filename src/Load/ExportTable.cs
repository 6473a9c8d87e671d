namespace Site.Load;

/// <summary>
/// A Skolverket export split into its parts: report name, school year, header (<see cref="HeaderLine"/> is 1-based) and
/// the lines its data rows are read from (<see cref="Rows"/>).
/// </summary>
public sealed record ExportTable(
    string Path,
    string ReportName,
    Model.SchoolYear Year,
    int HeaderLine,
    IReadOnlyList<string> Header,
    IReadOnlyList<string> Lines)
{
    /// <summary>At most this many data rows: the lines after the header.</summary>
    public int MostRows => Lines.Count - HeaderLine;

    /// <summary>The data rows with their line numbers, read as they are enumerated (<see cref="ExportRows.Each"/>):
    /// a row with the wrong number of fields is reported to <paramref name="diagnostics"/> and skipped.</summary>
    public IEnumerable<ExportTableRow> Rows(Diagnostics.DiagnosticBag diagnostics) =>
        ExportRows.Each(Path, Lines, HeaderLine - 1, Header.Count, diagnostics);
}
