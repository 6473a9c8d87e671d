namespace Site.Compute.Data;

/// <summary>A row of the allocation files with whether the amounts are illustrative (the file's own flag).</summary>
public sealed record Illustrated<T>(T Row, bool Illustrative);
