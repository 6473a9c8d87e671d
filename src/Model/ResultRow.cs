namespace Site.Model;

/// <summary>One published value as read from a results file, before it is checked against the other inputs.</summary>
/// <param name="MunicipalityCode">Given by Skolverket's exports; null in tidy files, where the registry
/// decides.</param>
public sealed record ResultRow(
    string SchoolCode,
    string? MunicipalityCode,
    SchoolYear Year,
    Measure Measure,
    ResultValue Value,
    SourceRef Source);
