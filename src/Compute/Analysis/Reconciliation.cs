using Site.Model;

namespace Site.Compute.Analysis;

/// <summary>
/// Skolverket's official figure for a municipality, organizer split, school year and measure beside the site's own
/// recomputation from school rows (the year's headline mean, with its bounds), the difference (official − ours, both
/// as published) and the pupils each counts. <see cref="Exceeds"/> is set only where the recomputation is
/// pupil-weighted, the only method that estimates the same quantity as Skolverket's.
/// </summary>
/// <param name="Area">The aggregate's area: the whole on a one-municipality site, else the municipality's.</param>
public sealed record Reconciliation(
    string MunicipalityCode,
    Area Area,
    OrganizerSplit Organizer,
    SchoolYear Year,
    Measure Measure,
    OfficialFigure Official,
    int? OfficialPupils,
    AreaMean Recomputed,
    decimal? Difference,
    bool? Exceeds);
