namespace Site.Compute.Views;

/// <summary>A class of the map's colour scale.</summary>
public sealed record MapLegendItem(string Fill, string Label);
