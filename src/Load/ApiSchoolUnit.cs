namespace Site.Load;

/// <summary>The registry details of one saved school-unit response from Skolverket's API.</summary>
public sealed record ApiSchoolUnit(
    string Code,
    string Name,
    string MunicipalityCode,
    string OrganizerText,
    string Latitude,
    string Longitude,
    string Path);
