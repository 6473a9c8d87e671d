using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Site.Compute;
using Site.Compute.Views;

namespace Site.Render;

/// <summary>
/// The search index of one language: every school and area with its page, as a small JSON list that MiniSearch (npm)
/// indexes in the browser. Written from the page views at build time in milliseconds, where Pagefind needed 27 s to
/// crawl the HTML of 10,000 pages.
/// </summary>
public static class SearchIndex
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string Href(Site.Compute.Texts.Texts t) => Routes.Search(t) + "index.json";

    public static OutputFile Build(SiteViews views)
    {
        var t = views.Frame.T;
        using var chunked = new ChunkedJson(Options);
        var json = chunked.Writer;
        json.WriteStartArray();
        var id = 0;
        foreach (var entry in views.SearchEntries)
        {
            json.WriteStartObject();
            json.WriteNumber("id", id++);
            json.WriteString("title", entry.Title);
            json.WriteString("url", entry.Url);
            json.WriteString("about", entry.About);
            json.WriteEndObject();
            chunked.Spill();
        }

        json.WriteEndArray();

        return new OutputFile(Href(t).TrimStart('/'), chunked.Finish());
    }
}
