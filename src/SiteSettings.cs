namespace Site;

/// <summary>The site's settings from data/site.json, read once and passed down.</summary>
/// <param name="EnglishTitle">The title of the English pages; the Swedish title when not set.</param>
/// <param name="Municipalities">The municipality codes whose schools are published, e.g. ["0180"].</param>
/// <param name="DistrictsFile">The GeoJSON file of district boundaries, relative to the data folder.</param>
/// <param name="DistrictNameProperty">The GeoJSON feature property that holds a district's name.</param>
public sealed record SiteSettings(string Title, string? EnglishTitle, string BaseUrl, string AreaName, IReadOnlyList<string> Municipalities, string DistrictsFile, string DistrictNameProperty);
