namespace Site.Model;

/// <summary>
/// Where a value came from: a file, its 1-based line, and the 1-based column (field) where known. A value, not an
/// object: every result cell has one, and a national model held 279,325 of them (32 bytes each and a reference to
/// each).
/// </summary>
public readonly record struct SourceRef(string File, int Line, int Column = 0)
{
    public override string ToString() => Column > 0 ? $"{File}:{Line}:{Column}" : $"{File}:{Line}";
}
