namespace Site.Model;

/// <summary>An allocation file and what its sidecar says about it: whether the amounts are illustrative, and
/// why.</summary>
public sealed record AllocationFile(string Path, bool Illustrative, string? Note, IReadOnlyList<AllocationRow> Rows)
{
    public string? EnglishNote { get; init; }
}
