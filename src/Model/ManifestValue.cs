namespace Site.Model;

/// <summary>One published school value as the manifest keeps it: status code and number (null unless status is
/// ok).</summary>
public sealed record ManifestValue(string School, string Year, string Measure, string Status, decimal? Value);
