namespace Site.Model;

/// <summary>The school details an export row carries next to its values, used to name schools missing from the
/// registry.</summary>
public sealed record ExportSchoolRow(
    string SchoolCode,
    string Name,
    string MunicipalityCode,
    string? MunicipalityName,
    string OrganizerText,
    SourceRef Source);
