namespace Site.Load;

/// <summary>A Skolverket export split into its parts: report name, school year, header and data rows with their line numbers.</summary>
public sealed record ExportTable(string Path, string ReportName, Model.SchoolYear Year, int HeaderLine, IReadOnlyList<string> Header, IReadOnlyList<ExportTableRow> Rows);
