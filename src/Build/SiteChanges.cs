using Site.Compute.Changes;
using Site.Diagnostics;

namespace Site.Build;

/// <summary>
/// What this build publishes (manifest.json) and what changed since the last one (changes.json and its pages), with the
/// problems reading the previous build's files gave.
/// </summary>
/// <param name="Manifest">Null when it was handed to the build's write stage as soon as it was decided.</param>
public sealed record SiteChanges(
    Render.ChunkedBytes? Manifest,
    ChangeSet Changes,
    byte[] ChangesJson,
    IReadOnlyList<Diagnostic> Diagnostics);
