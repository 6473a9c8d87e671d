namespace Site.Compute.Data;

/// <summary>A published table: its schema and its rows as invariant text (decimal point, empty for no value).</summary>
/// <param name="Open">The rows with their keys (<see cref="TableRows"/>), for a writer that makes a row's text only
/// when it has to; read again each time it is opened.</param>
public sealed record DataTable(DataTableSpec Spec, Func<TableRows> Open)
{
    /// <summary>
    /// The rows as text, made again each time they are enumerated, so that a national table is never held as text (the
    /// text of 225,000 rows was the largest thing a build held): both dialects are written in one pass over them. Each
    /// row is lent, one array for them all (an array per row was 6 MB of the 205 MB Stockholm's build allocated): its
    /// cells are valid until the next row is asked for, so a reader that keeps a row copies it.
    /// </summary>
    public IEnumerable<string[]> Rows
    {
        get
        {
            using var rows = Open();
            var cells = new string[rows.Count];
            while (rows.MoveNext())
            {
                rows.Cells(cells);
                yield return cells;
            }
        }
    }
}
