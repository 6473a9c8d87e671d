namespace Site.Load;

/// <summary>What the previously published build left: its manifest and its change list, as bytes, with where they were
/// read.</summary>
public sealed record PreviousBuild(
    byte[]? Manifest,
    byte[]? Changes,
    string ManifestPath = "manifest.json",
    string ChangesPath = "changes.json");
