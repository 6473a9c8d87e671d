namespace Site.Model;

/// <summary>The number of grade-9 pupils behind a school's results in a year (only Skolverket's exports give
/// it).</summary>
public sealed record PupilCountRow(
    string SchoolCode,
    string? MunicipalityCode,
    SchoolYear Year,
    ResultValue Count,
    SourceRef Source);
