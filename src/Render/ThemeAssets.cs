namespace Site.Render;

/// <summary>The site-wide asset URLs pages link to; names carry a content hash so browsers can cache them for
/// good.</summary>
public sealed record ThemeAssets(
    string CssHref,
    string PlotlyHref,
    string ChartsHref,
    string IconHref,
    string SearchHref,
    string MiniSearchHref,
    string EmbedHref)
{
    /// <summary>The comparison page's script.</summary>
    public string CompareHref { get; init; } = "";

    /// <summary>Sorting and filtering of the school tables and the A–Ö list.</summary>
    public string TablesHref { get; init; } = "";
}
