using Site.Model;

namespace Site.Compute;

/// <summary>The site's URL scheme, in one place; every path carries the language's prefix ("" or "/en").</summary>
public static class Paths
{
    public static string City(Texts.Texts t) => t.Prefix + "/";

    public static string SchoolIndex(Texts.Texts t) => t.Prefix + "/skolor/";

    public static string Search(Texts.Texts t) => t.Prefix + "/sok/";

    public static string Changes(Texts.Texts t) => t.Prefix + "/andringar/";

    public static string Downloads(Texts.Texts t) => t.Prefix + "/data/";

    public static string NotFound(Texts.Texts t) => t.Prefix + "/404.html";

    public static string District(Texts.Texts t, District district) => $"{t.Prefix}/omraden/{district.Slug}/";

    public static string School(Texts.Texts t, string code) => $"{t.Prefix}/skolor/{code}/";

    public static string Content(Texts.Texts t, string slug) => $"{t.Prefix}/{slug}/";
}
