using Site.Compute.Analysis;

namespace Site.Render;

/// <summary>
/// A run of a zip entry's bytes deflated on its own (<see cref="ChunkedDeflate"/>): the hash of the bytes, their
/// length, the length of their deflated bytes and a hash of those (XxHash3), which a copy from the last zip is checked
/// against.
/// </summary>
public readonly record struct ZipChunk(Hash128 Bytes, int Length, int Compressed, ulong Deflated)
{
    /// <summary>What <see cref="Write"/> writes: 32 bytes.</summary>
    public const int Size = 32;

    public static ZipChunk Read(BinaryReader reader) => new(
        Bytes: Hash128.Read(reader),
        Length: reader.ReadInt32(),
        Compressed: reader.ReadInt32(),
        Deflated: reader.ReadUInt64());

    public void Write(BinaryWriter writer)
    {
        Bytes.Write(writer);
        writer.Write(Length);
        writer.Write(Compressed);
        writer.Write(Deflated);
    }
}
