using System.Text.Json;
using Site.Model;

namespace Site.Import.Api;

/// <summary>
/// Checks a response body against the shape the offline readers expect, before it is saved: a body that would only fail
/// later, in the import, is refused here with the URL it came from. Returns what is wrong, or null.
/// </summary>
public static class ApiBodyShapes
{
    public static string? Problem(ApiRequest request, JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return $"the body is a JSON {root.ValueKind.ToString().ToLowerInvariant()}, not an object";
        }

        return request.Kind switch
        {
            ApiBodyKind.List => ListProblem(root),
            ApiBodyKind.SchoolUnit => Text(root, "code") != request.Subject
                ? $"'code' is {Quoted(root, "code")}, not the requested school unit {request.Subject}"
                : Text(root, "geographicalAreaCode") is null
                    ? "no 'geographicalAreaCode' (the school's municipality)"
                    : null,
            ApiBodyKind.Statistics => Text(root, "schoolUnit") != request.Subject
                ? $"'schoolUnit' is {Quoted(root, "schoolUnit")}, not the requested school unit {request.Subject}"
                : SeriesProblem(root),
            _ => null,
        };
    }

    /// <summary>The school-unit codes of a listing page and its page count (checked by <see cref="Problem"/>
    /// first).</summary>
    public static (IReadOnlyList<string> Codes, int Pages) Listing(JsonElement root)
    {
        var codes = root.TryGetProperty("_embedded", out var embedded)
            && embedded.TryGetProperty("listedSchoolUnits", out var units)
            ? units.EnumerateArray().Select(u => Text(u, "code")!).ToList()
            : [];
        return (codes, root.GetProperty("page").GetProperty("totalPages").GetInt32());
    }

    private static string? ListProblem(JsonElement root)
    {
        if (!root.TryGetProperty("page", out var page) || page.ValueKind != JsonValueKind.Object
            || !page.TryGetProperty(
                "totalPages",
                out var pages) || pages.ValueKind != JsonValueKind.Number || !pages.TryGetInt32(out _))
        {
            return "no 'page.totalPages'";
        }

        if (!root.TryGetProperty("_embedded", out var embedded))
        {
            return null; // an empty listing has no _embedded
        }

        if (!embedded.TryGetProperty("listedSchoolUnits", out var units) || units.ValueKind != JsonValueKind.Array)
        {
            return "'_embedded' has no 'listedSchoolUnits' array";
        }

        return units
            .EnumerateArray()
            .Select(u => Text(u, "code"))
            .FirstOrDefault(c => c is null || !SchoolCode.IsValid(c)) is { } bad
            ? $"a listed school unit's 'code' is not 8 digits: '{bad}'"
            : units.EnumerateArray().Any(u => Text(u, "code") is null) ? "a listed school unit has no 'code'" : null;
    }

    private static string? SeriesProblem(JsonElement root)
    {
        foreach (var series in root.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Array))
        {
            foreach (var item in series.Value.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object || Text(item, "valueType") is null)
                {
                    return $"an item of '{series.Name}' has no 'valueType'";
                }
            }
        }

        return root.EnumerateObject().Any(p => p.Name != "schoolUnit" && p.Value.ValueKind == JsonValueKind.Array)
            ? null
            : "no series at all (an array of {value, valueType, timePeriod})";
    }

    private static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object
            && element.TryGetProperty(property, out var value)
            && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static string Quoted(JsonElement root, string property) =>
        Text(root, property) is { } v ? $"'{v}'" : "missing";
}
