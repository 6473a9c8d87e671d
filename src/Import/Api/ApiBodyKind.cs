namespace Site.Import.Api;

/// <summary>The three kinds of response the import fetches, each checked against its own shape before it is
/// saved.</summary>
public enum ApiBodyKind
{
    /// <summary>A page of <c>school-units?geographicalAreaCode=…</c>.</summary>
    List,

    /// <summary><c>school-units/{code}</c>: name, municipality, coordinates, organizer.</summary>
    SchoolUnit,

    /// <summary><c>school-units/{code}/statistics/gr</c>: the series the offline import reads.</summary>
    Statistics,
}
