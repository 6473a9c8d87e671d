namespace Site.Compute.Views;

/// <summary>One school year on a school's page: pupils and the three measures.</summary>
public sealed record SchoolYearRowView(string YearLabel, CellView Pupils, IReadOnlyList<CellView> Cells);
