namespace Site.Compute.Data;

/// <summary>A published table: its schema and its rows as invariant text (decimal point, empty for no value).</summary>
public sealed record DataTable(DataTableSpec Spec, IReadOnlyList<IReadOnlyList<string>> Rows);
