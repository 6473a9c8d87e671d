namespace Site.Model;

/// <summary>
/// An area the means are taken over: the site's whole area (the city, the county or the country; id 0) or one of its
/// districts (id its position in <see cref="Dataset.Districts"/> plus one). One identity from the analysis to the page:
/// the analysis keeps an area's figures in arrays at its id, the data files write its slug, the pages its name.
/// </summary>
/// <param name="Name">
/// A district's name; the whole's is the site's Swedish one (<see cref="SiteSettings.AreaName"/>): a page names the
/// whole in its own language from the settings.
/// </param>
public sealed record Area(int Id, string Slug, string Name)
{
    /// <summary>The whole's slug in the data files: "city", for a county's or the country's site too.</summary>
    public const string WholeSlug = "city";

    public bool IsWhole => Id == 0;
}
