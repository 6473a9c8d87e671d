using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Site.Compute;
using Site.Compute.Views;

namespace Site.Render;

/// <summary>
/// The comparison page's data in one language: every school's published values by year and measure (a number, or
/// Skolverket's marker as text, never a number) and its trend verdicts, from the page's view.
/// </summary>
public static class CompareData
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string Href(Site.Compute.Texts.Texts t) => t.Prefix + Routes.CompareData;

    public static OutputFile Build(CompareDataView view)
    {
        var t = view.Frame.T;
        using var chunked = new ChunkedJson(Options);
        var json = chunked.Writer;
        json.WriteStartObject();
        json.WriteString("separators", t.ChartSeparators);
        Strings(json, "years", view.Years);
        Strings(json, "measures", view.MeasureCodes);
        Strings(json, "labels", view.MeasureLabels);
        json.WriteStartObject("markers");
        foreach (var marker in new[] { "..", ".", "~100" })
        {
            json.WriteString(marker, t.MarkerExplanation(marker));
        }

        json.WriteEndObject();
        json.WriteStartArray("schools");
        foreach (var school in view.Schools)
        {
            json.WriteStartObject();
            json.WriteString("code", school.Code);
            json.WriteString("name", school.Link.Text);
            json.WriteString("href", school.Link.Href);
            json.WriteString("area", school.District ?? "");
            json.WriteString("organizer", school.Organizer);
            json.WriteStartArray("values");
            foreach (var measure in school.Values)
            {
                json.WriteStartArray();
                foreach (var cell in measure)
                {
                    if (cell.Number is { } number)
                    {
                        json.WriteNumberValue(number);
                    }
                    else if (cell.Marker is { } marker)
                    {
                        json.WriteStringValue(marker);
                    }
                    else
                    {
                        json.WriteNullValue();
                    }
                }

                json.WriteEndArray();
            }

            json.WriteEndArray();
            Strings(json, "verdicts", school.Verdicts);
            json.WriteEndObject();
            chunked.Spill();
        }

        json.WriteEndArray();
        json.WriteEndObject();

        return new OutputFile(Href(t).TrimStart('/'), chunked.Finish());
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
