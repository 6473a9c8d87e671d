namespace Site.Render;

/// <summary>A zip entry deflated in chunks, as its zip's central directory has it (CRC-32, sizes), and its
/// chunks in order.</summary>
public sealed record ZipEntryChunks(string Name, uint Crc, long Size, long Compressed, IReadOnlyList<ZipChunk> Chunks);
