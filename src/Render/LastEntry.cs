using System.Buffers;
using System.IO.Hashing;
using Site.Compute.Analysis;

namespace Site.Render;

/// <summary>The chunks of one entry of the last build's zip (<see cref="ZipChunks"/>), where each one's deflated
/// bytes are in that zip.</summary>
public sealed class LastEntry
{
    private readonly PreviousZip zip;
    private readonly Dictionary<Hash128, (long At, ZipChunk Chunk)> chunks = [];

    /// <param name="start">Where the entry's compressed bytes start in <paramref name="zip"/>.</param>
    public LastEntry(PreviousZip zip, long start, IReadOnlyList<ZipChunk> chunks)
    {
        this.zip = zip;
        foreach (var chunk in chunks)
        {
            // Two chunks of the same bytes are deflated the same: either serves.
            this.chunks.TryAdd(chunk.Bytes, (start, chunk));
            start += chunk.Compressed;
        }
    }

    /// <summary>
    /// Writes the last zip's deflated bytes of a chunk of these bytes (their hash and length) to
    /// <paramref name="output"/>; false, writing nothing, when it has none or they are not the bytes it deflated.
    /// </summary>
    public bool TryCopy(Hash128 bytes, int length, Stream output)
    {
        if (!chunks.TryGetValue(bytes, out var found) || found.Chunk.Length != length)
        {
            return false;
        }

        var deflated = ArrayPool<byte>.Shared.Rent(found.Chunk.Compressed);
        try
        {
            var span = deflated.AsSpan(0, found.Chunk.Compressed);
            if (!zip.ReadAt(found.At, span) || XxHash3.HashToUInt64(span) != found.Chunk.Deflated)
            {
                return false;
            }

            output.Write(span);
            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(deflated);
        }
    }
}
