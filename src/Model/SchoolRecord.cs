namespace Site.Model;

/// <summary>One row of the school registry (schools.csv).</summary>
public sealed record SchoolRecord(
    string Code,
    string Name,
    string MunicipalityCode,
    OrganizerType Organizer,
    double? Latitude,
    double? Longitude,
    string? DistrictOverride,
    string? SuccessorCode,
    SourceRef Source);
