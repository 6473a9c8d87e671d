namespace Site.Render;

/// <summary>What datapackage.json says of a written data file: its path, SHA-256 and size (the bytes themselves are gone by then).</summary>
public sealed record DataFileEntry(string RelativePath, string Sha256, int Bytes);
