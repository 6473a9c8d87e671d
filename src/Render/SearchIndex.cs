using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Site.Compute;
using Site.Compute.Texts;
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

    public static string Href(Texts t) => Paths.Search(t) + "index.json";

    public static OutputFile Build(SiteViews views)
    {
        var t = views.Frame.T;
        using var memory = new MemoryStream();
        using (var json = new Utf8JsonWriter(memory, Options))
        {
            json.WriteStartArray();
            var id = 0;
            foreach (var district in views.Districts)
            {
                Item(json, id++, district.Name, district.Meta.Path, AreaWords.Capital(t.Areas.One));
            }

            foreach (var school in views.Schools)
            {
                Item(json, id++, school.Name, school.Meta.Path, school.District is { } d ? $"{t.Pick("Skola", "School")}, {d.Text} ({school.Code})" : $"{t.Pick("Skola", "School")} ({school.Code})");
            }

            json.WriteEndArray();
        }

        return new OutputFile(Href(t).TrimStart('/'), memory.ToArray());
    }

    private static void Item(Utf8JsonWriter json, int id, string title, string url, string about)
    {
        json.WriteStartObject();
        json.WriteNumber("id", id);
        json.WriteString("title", title);
        json.WriteString("url", url);
        json.WriteString("about", about);
        json.WriteEndObject();
    }
}
