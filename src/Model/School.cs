namespace Site.Model;

/// <summary>A published school: registry details plus the district it was assigned to (null when none): the district
/// itself, the one identity of an area from the model to the page.</summary>
public sealed record School(
    string Code,
    string Name,
    string MunicipalityCode,
    OrganizerType Organizer,
    double? Latitude,
    double? Longitude,
    District? District,
    string? SuccessorCode);
