namespace Site.Model;

/// <summary>Where a value came from: a file, its 1-based line, and the 1-based column (field) where known.</summary>
public sealed record SourceRef(string File, int Line, int Column = 0)
{
    public override string ToString() => Column > 0 ? $"{File}:{Line}:{Column}" : $"{File}:{Line}";
}
