namespace Site.Compute.Views;

/// <summary>A data table: caption, column headers (the first heads the row headers), rows and a note below
/// it.</summary>
public sealed record TableView(
    string Caption,
    IReadOnlyList<string> Columns,
    IReadOnlyList<TableRowView> Rows,
    string? Note = null);
