using Site.Compute.Changes;
using Site.Diagnostics;

namespace Site.Build;

/// <summary>
/// What this build publishes (manifest.json) and what changed since the last one (changes.json and its pages), with the
/// problems reading the previous build's files gave.
/// </summary>
/// <param name="Manifest">Null in a build, which wrote it into its staging folder as it was made.</param>
public sealed record SiteChanges(
    Render.ChunkedBytes? Manifest,
    ChangeSet Changes,
    byte[] ChangesJson,
    IReadOnlyList<Diagnostic> Diagnostics);
