using System.Security;
using System.Text;

namespace Site.Render;

/// <summary>sitemap.xml for every page but the 404, sorted; no lastmod, since the build writes no dates of its
/// own.</summary>
public static class Sitemap
{
    public static OutputFile Build(string baseUrl, IEnumerable<string> files)
    {
        var builder = new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset "
            + "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var file in files
            .Where(f => f.EndsWith("index.html", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal))
        {
            var path = "/" + file[..^"index.html".Length];
            builder.Append("  <url><loc>").Append(SecurityElement.Escape(baseUrl + path)).Append("</loc></url>\n");
        }

        builder.Append("</urlset>\n");
        return new OutputFile("sitemap.xml", new UTF8Encoding(false).GetBytes(builder.ToString()));
    }
}
