namespace Site.Render;

/// <summary>What datapackage.json says of a written data file: its path, SHA-256 and size (the bytes themselves are
/// gone by then).</summary>
/// <param name="Table">The name of the published table the file is (or is a slice of).</param>
public sealed record DataFileEntry(string RelativePath, string Sha256, long Bytes, string? Table = null);
