namespace Site.Model;

/// <summary>One of Skolverket's municipality figures: a municipality, an organizer split, a school year and an
/// indicator.</summary>
/// <param name="Organizer">The report's sheet: Samtliga (all), Kommunal (municipal) or Enskild (independent).</param>
/// <param name="Publication">The report's own "Valt läsår": the newest school year it covers, which orders
/// publications.</param>
public sealed record OfficialFigure(
    string MunicipalityCode,
    string MunicipalityName,
    OrganizerType? Organizer,
    SchoolYear Year,
    OfficialIndicator Indicator,
    ResultValue Value,
    SchoolYear Publication,
    SourceRef Source);
