using Site.Model;

namespace Site.Compute.Analysis;

/// <summary>The spread of a district's school values for one school year and measure; null when none has a
/// number.</summary>
public sealed record AreaSpread(Area Area, SchoolYear Year, Measure Measure, Spread? Spread);
