using System.Text.Json;
using Site.Model;

namespace Site.Compute.Changes;

/// <summary>
/// Decides the change list to publish. When the data is what the previous build published, its change list is kept, so
/// rebuilding without new data does not wipe out "what changed" and two builds of the same inputs stay identical.
/// </summary>
public static class ChangeHistory
{
    public static ChangeSet Decide(byte[]? previousManifest, byte[]? previousChanges, Manifest current, byte[] currentManifest, JsonSerializerOptions options)
    {
        var previous = ManifestJson.TryRead(previousManifest, options);

        if (previousManifest is not null && previousChanges is not null && previousManifest.AsSpan().SequenceEqual(currentManifest))
        {
            try
            {
                if (JsonSerializer.Deserialize<ChangeSet>(previousChanges, options) is { } kept)
                {
                    return kept;
                }
            }
            catch (JsonException)
            {
            }
        }

        return ChangeDetector.Compare(previous, current);
    }
}
