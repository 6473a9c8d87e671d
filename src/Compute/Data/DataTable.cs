namespace Site.Compute.Data;

/// <summary>A published table: its schema and its rows as invariant text (decimal point, empty for no value).</summary>
/// <param name="Rows">Made again each time they are enumerated, so that a national table is never held as text (the
/// text of 225,000 rows was the largest thing a build held): both dialects are written in one pass over them. Each row
/// is lent, one array for them all: its cells are valid until the next row is asked for, so a reader that keeps a row
/// copies it.</param>
/// <param name="Open">The same rows with their keys (<see cref="TableRows"/>), for a writer that makes a row's text
/// only when it has to.</param>
public sealed record DataTable(DataTableSpec Spec, IEnumerable<string[]> Rows, Func<TableRows> Open);
