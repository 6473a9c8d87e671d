namespace Site.Compute.Texts;

/// <summary>The site's languages: Swedish at /, English at /en/.</summary>
public enum Language
{
    Swedish,
    English,
}
