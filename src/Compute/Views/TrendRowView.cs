namespace Site.Compute.Views;

/// <summary>One school year of an area's means, one per measure.</summary>
public sealed record TrendRowView(string YearLabel, IReadOnlyList<MeanView> Means);
