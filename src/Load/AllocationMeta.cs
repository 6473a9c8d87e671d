namespace Site.Load;

/// <summary>The sidecar of an allocation file (<c>name.meta.json</c>): whether its amounts are illustrative, and a note
/// saying how they were made.</summary>
public sealed class AllocationMeta
{
    public bool Illustrative { get; set; }

    public string? Note { get; set; }

    /// <summary>The note in English, for the English pages (which otherwise show the Swedish note, marked as
    /// such).</summary>
    public string? EnglishNote { get; set; }
}
