using Site.Model;

namespace Site.Compute.Analysis;

/// <summary>
/// An area's socioeconomic allocation in a school year: the mean SEK per pupil over its schools with an allocation
/// (pupil-weighted when every one has a pupil count) and, when pupil counts are complete, the total.
/// </summary>
public sealed record DistrictFunding(
    Area Area,
    SchoolYear Year,
    int SchoolsWithAllocation,
    decimal MeanSekPerPupil,
    bool PupilWeighted,
    int? Pupils,
    decimal? TotalSek,
    decimal MeanIndex);
