using Site.Model;

namespace Site.Compute;

/// <summary>The site's URL scheme, in one place.</summary>
public static class Paths
{
    public const string City = "/";
    public const string SchoolIndex = "/skolor/";
    public const string Search = "/sok/";

    public static string District(District district) => $"/omraden/{district.Slug}/";

    public static string School(string code) => $"/skolor/{code}/";

    public static string Content(string slug) => $"/{slug}/";
}
