namespace Site.Compute.Data;

/// <summary>A published column and the accessor that fills it from one row of <typeparamref name="TRow"/>.</summary>
public sealed record ColumnOf<TRow>(DataColumn Column, Func<TRow, string> Value);
