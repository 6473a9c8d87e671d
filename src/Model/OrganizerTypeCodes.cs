namespace Site.Model;

/// <summary>The spellings of an organizer type: our code in CSV files, and Skolverket's words in its exports and
/// API.</summary>
public static class OrganizerTypeCodes
{
    public static string Code(OrganizerType type) => type == OrganizerType.Municipal ? "municipal" : "independent";

    public static OrganizerType? FromCode(string code) => code switch
    {
        "municipal" => OrganizerType.Municipal,
        "independent" => OrganizerType.Independent,
        _ => null,
    };

    /// <summary>Skolverket writes "Kommunal", and "Enskild" in its exports or "Fristående" in its API.</summary>
    public static OrganizerType? FromSkolverket(string text) => text switch
    {
        "Kommunal" => OrganizerType.Municipal,
        "Enskild" or "Fristående" => OrganizerType.Independent,
        _ => null,
    };
}
