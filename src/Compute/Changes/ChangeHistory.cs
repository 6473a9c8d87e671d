using System.Buffers;
using System.Text.Json;
using Site.Diagnostics;
using Site.Load;
using Site.Model;

namespace Site.Compute.Changes;

/// <summary>
/// Decides the change list to publish. When the data is what the previous build published, its change list is kept, so
/// rebuilding without new data does not wipe out "what changed" and two builds of the same inputs stay identical.
/// </summary>
public static class ChangeHistory
{
    /// <param name="diagnostics">A damaged manifest or change list is an error here, named with its file and
    /// line.</param>
    public static ChangeSet Decide(
        PreviousBuild previousBuild,
        Manifest current,
        ReadOnlySequence<byte> currentManifest,
        JsonSerializerOptions options,
        DiagnosticBag diagnostics)
    {
        var (previousManifest, previousChanges) = (previousBuild.Manifest, previousBuild.Changes);
        if (previousManifest is { } bytes && previousChanges is not null && Same(bytes.Span, currentManifest))
        {
            try
            {
                if (JsonSerializer.Deserialize<ChangeSet>(previousChanges, options) is { } kept)
                {
                    return kept;
                }
            }
            catch (JsonException ex)
            {
                diagnostics.Error(
                    new SourceRef(previousBuild.ChangesPath, (int)(ex.LineNumber ?? 0) + 1),
                    "the previous build's change list is damaged",
                    ex.Message,
                    ManifestJson.Fix);
            }
        }

        // Read only when the data changed: a national manifest is 31 MB of JSON (0.4 s), and a rebuild of the same
        // data, the same bytes, needs none of it; a rebuild after a few changed cells, only the values around them.
        if (previousManifest is { } previousBytes
            && ManifestNarrowing.Narrow(previousBytes.Span, currentManifest, current, options) is var (before, after))
        {
            return ChangeDetector.Compare(before, after);
        }

        var previous = ManifestJson.Read(previousBuild.Manifest, previousBuild.ManifestPath, options, diagnostics);
        return ChangeDetector.Compare(previous, current);
    }

    private static bool Same(ReadOnlySpan<byte> previous, ReadOnlySequence<byte> current) =>
        previous.Length == current.Length && ManifestNarrowing.CommonPrefix(previous, current) == previous.Length;
}
