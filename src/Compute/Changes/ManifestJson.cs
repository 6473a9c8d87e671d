using System.Text.Json;
using Site.Model;

namespace Site.Compute.Changes;

/// <summary>Reads a manifest kept with a published build; a damaged one counts as none, so the change list starts again.</summary>
public static class ManifestJson
{
    public static Manifest? TryRead(byte[]? bytes, JsonSerializerOptions options)
    {
        try
        {
            return bytes is null ? null : JsonSerializer.Deserialize<Manifest>(bytes, options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
