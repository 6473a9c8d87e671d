namespace Site.Load;

/// <summary>The JSON shape of data/site.json.</summary>
public sealed class SiteSettingsRecord
{
    public string? Title { get; set; }

    public string? EnglishTitle { get; set; }

    public string? BaseUrl { get; set; }

    public string? AreaName { get; set; }

    public List<string>? Municipalities { get; set; }

    public string? DistrictsFile { get; set; }

    public string? DistrictNameProperty { get; set; }
}
