using Site.Model;

namespace Site.Compute;

/// <summary>
/// Every URL the site has, in one place: pages (each with the language's prefix, "" or "/en"), the data files and their
/// slices, and the redirect rules. Nothing else builds a path.
/// </summary>
public static class Routes
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

    /// <summary>The comparison page, with the schools it shows named in its address so that it can be shared.</summary>
    public static string Compare(Texts.Texts t, IEnumerable<string>? codes = null) =>
        codes is null ? $"{t.Prefix}/jamfor/" : $"{t.Prefix}/jamfor/?skolor={string.Join(',', codes)}";

    /// <summary>Every school's values for the comparison page's script.</summary>
    public const string CompareData = "/jamfor/skolor.json";

    /// <summary>The page others may frame: one per language, drawing the chart named by the query from its own
    /// page.</summary>
    public static string EmbedPage(Texts.Texts t) => $"{t.Prefix}/inbadda/";

    /// <summary>Whether an output file (relative path) is an embed page: framed by others, left out of the
    /// sitemap.</summary>
    public static bool IsEmbed(string file) =>
        Texts.Texts.All.Any(t => file.StartsWith(EmbedPage(t).TrimStart('/'), StringComparison.Ordinal));

    /// <summary>A chart's embeddable address: the embed page with the chart's page and key.</summary>
    public static string Embed(Texts.Texts t, string page, string key) =>
        $"{EmbedPage(t)}?sida={Uri.EscapeDataString(page)}&diagram={Uri.EscapeDataString(key)}";

    /// <summary>Where a file under /data/ is published: the Excel dialect of every file sits at the same path under
    /// /data/excel/.</summary>
    public static string DataFile(string relative, bool excel = false) =>
        (excel ? "/data/excel/" : "/data/") + relative;

    public static string Data(Data.DataTableSpec spec, bool excel = false) => DataFile(spec.File, excel);

    /// <summary>A school's own slice of the school results.</summary>
    public static string SchoolSlice(string code, bool excel = false) => DataFile($"skolor/{code}.csv", excel);

    /// <summary>A district's own slice of the school results.</summary>
    public static string DistrictSlice(District district, bool excel = false) => DistrictSlice(district.Slug, excel);

    /// <summary>The slice of the district whose slug a published row names (the data files are cut by that
    /// column).</summary>
    public static string DistrictSlice(string slug, bool excel = false) => DataFile($"omraden/{slug}.csv", excel);

    /// <summary>A district's means beside the city's, with the gap: its slice of the aggregates.</summary>
    public static string DistrictMeans(District district, bool excel = false) => DistrictMeans(district.Slug, excel);

    public static string DistrictMeans(string slug, bool excel = false) =>
        DataFile($"omraden/{slug}-medelvarden.csv", excel);

    /// <summary>
    /// Netlify's redirect rules for school codes that have no page of their own but a successor (a registry row that
    /// names the school that replaced it). A merged school that has results keeps its page for its earlier years, with
    /// a notice that links to its successor: Netlify never applies an unforced rule where a file exists, and forcing
    /// one (301!) would hide the school's own history, so no rule is written for it.
    /// </summary>
    public static IEnumerable<(string From, string To)> Redirects(IEnumerable<(string Code, string Successor)> replaced)
    {
        foreach (var (code, successor) in replaced)
        {
            foreach (var t in Texts.Texts.All)
            {
                yield return (School(t, code), School(t, successor));
            }

            yield return (SchoolSlice(code), SchoolSlice(successor));
        }
    }
}
