namespace Site.Load;

/// <summary>The JSON shape of data/site.json.</summary>
public sealed class SiteSettingsRecord
{
    public string? Title { get; set; }

    public string? EnglishTitle { get; set; }

    public string? EnglishAreaName { get; set; }

    public string? BaseUrl { get; set; }

    public string? AreaName { get; set; }

    /// <summary>One code ("0180"), a list (["0180", "1480"]) or "all".</summary>
    public System.Text.Json.JsonElement? Municipalities { get; set; }

    public string? DistrictsFile { get; set; }

    public string? DistrictNameProperty { get; set; }
}
