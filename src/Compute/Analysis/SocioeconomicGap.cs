using Site.Model;

namespace Site.Compute.Analysis;

/// <summary>
/// For one organizer split, school year and measure: the mean of the schools in the highest-need quartile of the need
/// index minus the mean of those in the lowest-need quartile (negative when high-need schools score lower).
/// </summary>
public sealed record SocioeconomicGap(
    OrganizerSplit Organizer,
    SchoolYear Year,
    Measure Measure,
    decimal LowerQuartileIndex,
    decimal UpperQuartileIndex,
    AreaMean HighNeed,
    AreaMean LowNeed,
    decimal? Gap);
