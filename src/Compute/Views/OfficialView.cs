namespace Site.Compute.Views;

/// <summary>
/// Skolverket's official figures for a municipality beside the site's recomputation: the latest year's headline table,
/// a sentence saying what the difference is, and the official series for every year the report gives, per organizer.
/// </summary>
public sealed record OfficialView(
    string Summary,
    TableView Latest,
    IReadOnlyList<TableView> History,
    ChartView? HistoryChart);
