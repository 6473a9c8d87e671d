namespace Site.Load;

/// <summary>The optional sidecar of a results file (name.meta.json): when Skolverket published it, when it was
/// retrieved, and whether it is the city's unsuppressed data.</summary>
public sealed class SourceMeta
{
    public string? Published { get; set; }

    public string? Retrieved { get; set; }

    /// <summary>True for the city's own results with exact values where Skolverket's public file shows '..': the build
    /// applies the small-group rule to them and never publishes the file's hash.</summary>
    public bool Unsuppressed { get; set; }

    /// <summary>Where a date comes from, or why it is not known, for the person who next updates the file.</summary>
    public string? Note { get; set; }
}
