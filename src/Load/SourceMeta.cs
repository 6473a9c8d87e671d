namespace Site.Load;

/// <summary>The optional sidecar of a results file (name.meta.json): when Skolverket published it, or when it was retrieved.</summary>
public sealed class SourceMeta
{
    public string? Published { get; set; }

    public string? Retrieved { get; set; }
}
