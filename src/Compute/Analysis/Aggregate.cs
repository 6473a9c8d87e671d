using Site.Model;

namespace Site.Compute.Analysis;

/// <summary>
/// An area's mean for one organizer split, school year and measure, with its method and coverage, and (for a district)
/// its difference from the city's mean of the same split, year and measure.
/// </summary>
/// <param name="Area">"city", or the district's slug.</param>
public sealed record Aggregate(AreaLevel Level, string Area, string AreaName, OrganizerSplit Organizer, SchoolYear Year, Measure Measure, AreaMean Mean, decimal? GapToCity);
