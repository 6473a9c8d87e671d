namespace Site.Model;

/// <summary>
/// What a build published, kept with the site (manifest.json) so the next build can say what changed: school years,
/// schools, every value with its status, and the method of every mean series.
/// </summary>
public sealed record Manifest(
    IReadOnlyList<string> Years,
    IReadOnlyList<ManifestSchool> Schools,
    IReadOnlyList<ManifestValue> Values,
    IReadOnlyDictionary<string, string> Methods);
