namespace Site.Compute.Data;

/// <summary>A published column and the accessor that fills it from one row of <typeparamref name="TRow"/>.</summary>
/// <param name="Value">The cell's text.</param>
/// <param name="Key">The value the text is made from, written into a row's key (<see cref="RowKey"/>): the same
/// values make the same text. Made with <see cref="Value"/> by <see cref="DataColumn"/>, so the two cannot
/// disagree.</param>
public sealed record ColumnOf<TRow>(DataColumn Column, Func<TRow, string> Value, Action<TRow, RowKey> Key);
