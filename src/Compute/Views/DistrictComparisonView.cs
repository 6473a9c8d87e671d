namespace Site.Compute.Views;

/// <summary>A measure's district mean beside the city's, for the latest year.</summary>
public sealed record DistrictComparisonView(string MeasureLabel, MeanView District, MeanView City);
