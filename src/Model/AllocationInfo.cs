namespace Site.Model;

/// <summary>What the site says about its allocation data as a whole: illustrative or real, with the files'
/// notes.</summary>
public sealed record AllocationInfo(bool Illustrative, IReadOnlyList<string> Notes, IReadOnlyList<string> Files)
{
    /// <summary>The files' notes in English, in the same order; a file with none keeps its Swedish note
    /// there.</summary>
    public IReadOnlyList<string> EnglishNotes { get; init; } = [];
}
