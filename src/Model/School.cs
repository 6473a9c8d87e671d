namespace Site.Model;

/// <summary>A published school: registry details plus the district it was assigned to (null when none).</summary>
public sealed record School(
    string Code,
    string Name,
    string MunicipalityCode,
    OrganizerType Organizer,
    double? Latitude,
    double? Longitude,
    string? DistrictName,
    string? SuccessorCode);
