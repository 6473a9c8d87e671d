namespace Site.Compute.Views;

/// <summary>One group's table of staff, test or eligibility values, with the markers that appear in it
/// explained.</summary>
public sealed record MetricTableView(string Id, string Title, TableView Table, IReadOnlyList<MarkerNoteView> Notes);
