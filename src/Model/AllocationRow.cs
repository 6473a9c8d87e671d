namespace Site.Model;

/// <summary>A school's socioeconomic allocation for a school year: the city's need index, SEK per pupil and
/// (optionally) pupils.</summary>
public sealed record AllocationRow(
    string SchoolCode,
    SchoolYear Year,
    decimal SocioeconomicIndex,
    decimal SekPerPupil,
    int? Pupils,
    SourceRef Source);
