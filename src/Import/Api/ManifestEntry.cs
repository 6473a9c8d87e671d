using System.Text.Json.Serialization;

namespace Site.Import.Api;

/// <summary>One saved body in manifest.json: the file, the request's URL and Accept header, the HTTP status and when it
/// was fetched (the saved sets of April 2026 have no status; they were all 200).</summary>
public sealed record ManifestEntry(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("accept")] string Accept,
    [property: JsonPropertyName("status")]
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    int? Status,
    [property: JsonPropertyName("fetchedAt")] string FetchedAt);
