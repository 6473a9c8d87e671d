namespace Site;

/// <summary>The site's settings from data/site.json, read once and passed down.</summary>
/// <param name="EnglishTitle">The title of the English pages; the Swedish title when not set.</param>
/// <param name="Municipalities">The municipality codes whose schools are published, e.g. ["0180"]; empty when
/// <paramref name="AllMunicipalities"/>.</param>
/// <param name="AllMunicipalities">"municipalities": "all": every school in the results, the whole country.</param>
/// <param name="DistrictsFile">The GeoJSON file of district boundaries, relative to the data folder; null when the
/// municipalities are the districts.</param>
/// <param name="DistrictNameProperty">The GeoJSON feature property that holds a district's name.</param>
/// <param name="EnglishAreaName">The whole's name on English pages ("Sweden"); the Swedish name when not set.</param>
public sealed record SiteSettings(
    string Title,
    string? EnglishTitle,
    string BaseUrl,
    string AreaName,
    IReadOnlyList<string> Municipalities,
    bool AllMunicipalities,
    string? DistrictsFile,
    string? DistrictNameProperty,
    string? EnglishAreaName = null)
{
    /// <summary>The settings as the pages of one language see them: the whole under its name in that
    /// language.</summary>
    public SiteSettings For(Compute.Texts.Language language) =>
        language == Compute.Texts.Language.English && EnglishAreaName is { } english
            ? this with { AreaName = english }
            : this;

    /// <summary>Without boundaries, each municipality is an area of its own (the national or regional site).</summary>
    public bool MunicipalitiesAsDistricts => DistrictsFile is null;

    public bool Publishes(string municipalityCode) => AllMunicipalities || Municipalities.Contains(municipalityCode);
}
