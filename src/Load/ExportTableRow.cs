namespace Site.Load;

/// <summary>A data row of an export: its 1-based line number and its fields, as many as the header has.</summary>
public sealed record ExportTableRow(int Line, LineFields Fields);
