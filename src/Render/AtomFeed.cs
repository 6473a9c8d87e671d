using System.Security;
using System.Security.Cryptography;
using System.Text;
using Site.Compute.Views;

namespace Site.Render;

/// <summary>An Atom feed with one entry per published change list, identified by the change list's hash.</summary>
public static class AtomFeed
{
    /// <summary>The feed's name, in the folder of the changes page it follows.</summary>
    public const string FileName = "feed.xml";

    public static OutputFile Build(ChangesPageView page, byte[] changes, string updated)
    {
        var id = "urn:sha256:" + Convert.ToHexStringLower(SHA256.HashData(changes));
        var url = page.Frame.BaseUrl + page.Meta.Path;
        var xml = new StringBuilder()
            .Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
            .Append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").Append(page.Frame.T.Code).Append("\">\n")
            .Append("  <title>")
            .Append(SecurityElement.Escape($"{page.Frame.SiteTitle}: {page.Meta.Title}")).Append("</title>\n")
            .Append("  <id>").Append(SecurityElement.Escape(url)).Append("</id>\n")
            .Append("  <link href=\"").Append(SecurityElement.Escape(url)).Append("\"/>\n")
            .Append("  <updated>").Append(updated).Append("</updated>\n")
            .Append("  <author><name>")
            .Append(SecurityElement.Escape(page.Frame.SiteTitle)).Append("</name></author>\n")
            .Append("  <entry>\n    <title>").Append(SecurityElement.Escape(page.Meta.Title)).Append("</title>\n")
            .Append("    <id>").Append(id).Append("</id>\n")
            .Append("    <link href=\"").Append(SecurityElement.Escape(url)).Append("\"/>\n")
            .Append("    <updated>").Append(updated).Append("</updated>\n")
            .Append("    <summary>").Append(SecurityElement.Escape(page.Summary)).Append("</summary>\n")
            .Append("  </entry>\n</feed>\n");
        return new OutputFile(
            page.Meta.Path.Trim('/') + "/" + FileName,
            new UTF8Encoding(false).GetBytes(xml.ToString()));
    }
}
