namespace Site.Compute.Views;

/// <summary>
/// The city page's answer to "does the staff follow the need?": the high- vs low-need quartiles per teacher measure and
/// year with the gap's trend, need against pupils per teacher, residuals against staff, and tests beside merit.
/// </summary>
public sealed record StaffCityView(
    string Answer,
    IReadOnlyList<TableView> NeedTables,
    ChartView? Scatter,
    TableView Districts,
    TableView Residuals,
    string ResidualSummary,
    TableView? TestsAndMerit)
{
    /// <summary>Skolverket's own municipal share of certified teachers beside the mean of the schools' shares, and why
    /// they differ.</summary>
    public string Reconciliation { get; init; } = "";
}
