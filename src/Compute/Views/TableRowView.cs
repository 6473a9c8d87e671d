namespace Site.Compute.Views;

/// <summary>A row of a generic table: its header (optionally a link) and its cells.</summary>
public sealed record TableRowView(string Header, string? Href, IReadOnlyList<FigureCell> Cells);
