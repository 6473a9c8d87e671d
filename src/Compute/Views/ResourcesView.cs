namespace Site.Compute.Views;

/// <summary>
/// A municipality's real resources (the city page of a one-municipality site, or a municipality's page): spending per
/// pupil by kind beside every municipality's, and its teachers over the school years beside the national median.
/// </summary>
public sealed record ResourcesView(
    string Summary,
    ChartView? SpendingChart,
    TableView? Spending,
    TableView? Staff,
    string StaffSummary);
