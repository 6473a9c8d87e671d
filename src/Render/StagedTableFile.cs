using System.Buffers;
using Microsoft.Win32.SafeHandles;

namespace Site.Render;

/// <summary>
/// A table written straight into the build's staging folder, read back from there for its slices, its hash and the
/// zip: a national table is never held in memory (the school results were 44 MB in both dialects, alive for seconds
/// where the build's memory peaks, then garbage in the oldest generation).
/// </summary>
/// <param name="fingerprint">Its bytes' hash, taken as it was written (<see cref="TableFileStream"/>).</param>
public sealed class StagedTableFile(SafeFileHandle file, long length, UInt128 fingerprint) : ITableBytes
{
    public UInt128 Fingerprint => fingerprint;

    public long Length => length;

    public void CopyTo(long start, Span<byte> destination)
    {
        while (destination.Length > 0)
        {
            var read = RandomAccess.Read(file, destination, start);
            if (read == 0)
            {
                throw new EndOfStreamException($"The staged table ends at {start} of {length} bytes.");
            }

            destination = destination[read..];
            start += read;
        }
    }

    public IEnumerable<ReadOnlyMemory<byte>> Blocks()
    {
        var block = ArrayPool<byte>.Shared.Rent(ByteChunks.ChunkSize);
        try
        {
            for (long start = 0; start < length; start += ByteChunks.ChunkSize)
            {
                var count = (int)Math.Min(ByteChunks.ChunkSize, length - start);
                CopyTo(start, block.AsSpan(0, count));
                yield return block.AsMemory(0, count);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(block);
        }
    }

    public void Release() => file.Dispose();
}
