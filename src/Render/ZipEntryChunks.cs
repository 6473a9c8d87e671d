using Site.Load;

namespace Site.Render;

/// <summary>A zip entry deflated in chunks, as its zip's central directory has it (CRC-32, sizes), and its
/// chunks in order.</summary>
public sealed record ZipEntryChunks(string Name, uint Crc, long Size, long Compressed, IReadOnlyList<ZipChunk> Chunks)
{
    public static ZipEntryChunks Read(BinaryReader reader)
    {
        var (name, crc, size, compressed) = (reader.ReadString(), reader.ReadUInt32(), reader.ReadInt64(),
            reader.ReadInt64());
        var chunks = KeptIndex.ReadArray(reader, ZipChunk.Size, ZipChunk.Read);
        return new ZipEntryChunks(name, crc, size, compressed, chunks);
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(Name);
        writer.Write(Crc);
        writer.Write(Size);
        writer.Write(Compressed);
        KeptIndex.WriteArray(writer, Chunks, (w, chunk) => chunk.Write(w));
    }
}
