using Site.Compute.Changes;

namespace Site.Build;

/// <summary>What this build publishes (manifest.json) and what changed since the last one (changes.json and its pages).</summary>
public sealed record SiteChanges(byte[] Manifest, ChangeSet Changes, byte[] ChangesJson);
