using Site.Compute.Changes;
using Site.Diagnostics;

namespace Site.Build;

/// <summary>
/// What this build publishes (manifest.json) and what changed since the last one (changes.json and its pages), with the
/// problems reading the previous build's files gave.
/// </summary>
public sealed record SiteChanges(Render.ChunkedBytes Manifest, ChangeSet Changes, byte[] ChangesJson, IReadOnlyList<Diagnostic> Diagnostics);
