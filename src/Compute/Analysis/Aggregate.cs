using Site.Model;

namespace Site.Compute.Analysis;

/// <summary>
/// An area's mean for one organizer split, school year and measure, with its method and coverage, and (for a district)
/// its difference from the city's mean of the same split, year and measure.
/// </summary>
public sealed record Aggregate(
    Area Area, OrganizerSplit Organizer, SchoolYear Year, Measure Measure, AreaMean Mean, decimal? GapToCity)
{
    public AreaLevel Level => AreaLevels.Of(Area);
}
