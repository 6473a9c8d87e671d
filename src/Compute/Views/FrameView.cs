namespace Site.Compute.Views;

/// <summary>What every page's frame shows: the site's title, its area, the data's school years, in one language.</summary>
public sealed record FrameView(string SiteTitle, string AreaName, string BaseUrl, string FirstYear, string LatestYear, Texts.Texts T);
