namespace Site.Compute.Views;

/// <summary>Shown next to every allocation figure when the amounts are illustrative: why, and how they were
/// made.</summary>
public sealed record AllocationNoticeView(IReadOnlyList<string> Notes)
{
    /// <summary>The notes in English where the file gives them (null where it gives only Swedish).</summary>
    public IReadOnlyList<string?> EnglishNotes { get; init; } = [];
}
