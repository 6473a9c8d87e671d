namespace Site.Model;

/// <summary>
/// A school's pupil background from Skolverket's "Antal elever per årskurs" export: shares of pupils with foreign
/// background and with parents who have post-secondary education (grades 1–9), the number of pupils, and Skolverket's
/// area type.
/// </summary>
public sealed record BackgroundRow(
    string SchoolCode,
    string MunicipalityCode,
    SchoolYear Year,
    ResultValue ForeignBackgroundPct,
    ResultValue ParentsPostSecondaryPct,
    ResultValue Pupils,
    string AreaType,
    SourceRef Source);
