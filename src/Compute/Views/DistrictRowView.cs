namespace Site.Compute.Views;

/// <summary>A district's line in the city table: its link, its number of schools and its latest means.</summary>
public sealed record DistrictRowView(LinkView Link, int SchoolCount, IReadOnlyList<MeanView> Means);
