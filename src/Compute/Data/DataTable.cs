namespace Site.Compute.Data;

/// <summary>A published table: its schema and its rows as invariant text (decimal point, empty for no value).</summary>
/// <param name="Rows">Made again each time they are enumerated, so that a national table is never held as text: it is
/// written once per dialect, and the text of 225,000 rows was the largest thing a build held.</param>
public sealed record DataTable(DataTableSpec Spec, IEnumerable<IReadOnlyList<string>> Rows);
