using System.Text.Json;
using Site.Diagnostics;
using Site.Model;

namespace Site.Compute.Changes;

/// <summary>
/// Reads a manifest kept with a published build. A damaged one is an error named with its file and line: the change
/// list would otherwise start again in silence, and staff would publish "nothing changed" without knowing why.
/// </summary>
public static class ManifestJson
{
    public const string Fix = "restore the file from git (git checkout -- data/published/), or run mark-published "
        + "again after a good build";

    public static Manifest? Read(
        ReadOnlyMemory<byte>? bytes, string path, JsonSerializerOptions options, DiagnosticBag diagnostics)
    {
        if (bytes is null)
        {
            return null;
        }

        try
        {
            var manifest = JsonSerializer.Deserialize<Manifest>(bytes.Value.Span, options);
            if (manifest?.Schools is null || manifest.Values is null)
            {
                diagnostics.Error(
                    new SourceRef(path, 1),
                    "the previous build's manifest has no schools or values",
                    fix: Fix);
                return null;
            }

            return manifest;
        }
        catch (JsonException ex)
        {
            diagnostics.Error(
                new SourceRef(path, (int)(ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1),
                "the previous build's manifest is damaged",
                ex.Message,
                Fix);
            return null;
        }
    }
}
