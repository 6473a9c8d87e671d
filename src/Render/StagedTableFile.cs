using System.Buffers;
using Microsoft.Win32.SafeHandles;
using Site.Compute.Analysis;
using Site.Load;

namespace Site.Render;

/// <summary>
/// A table written straight into the build's staging folder, read back from there for its slices, its hash and the
/// zip: a national table is never held in memory (the school results were 44 MB in both dialects, alive for seconds
/// where the build's memory peaks, then garbage in the oldest generation).
/// </summary>
/// <param name="fingerprint">Its bytes' hash, taken as it was written (<see cref="TableFileStream"/>).</param>
/// <param name="mapped">
/// Slices read from the file mapped into memory, not with a read each: for a table whose slices gather rows from all
/// over it (an area's means, one row in every 291 of the aggregates nationally: 300,000 reads). The mapping is the
/// operating system's pages of the file, outside the collector's heap, and gone when the table is released.
/// </param>
public sealed class StagedTableFile(SafeFileHandle file, long length, Hash128 fingerprint, bool mapped = false)
    : ITableBytes
{
    private MappedFile? map;

    public Hash128 Fingerprint => fingerprint;

    public long Length => length;

    public void CopyTo(long start, Span<byte> destination)
    {
        if (mapped && length > 0)
        {
            Mapped().Slice(start, destination.Length).CopyTo(destination);
            return;
        }

        if (!FileReads.TryReadExactly(file, start, destination))
        {
            throw new EndOfStreamException(
                $"The staged table ends before {start + destination.Length} of its {length} bytes.");
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

    public void Release()
    {
        if (map is not null)
        {
            ((IDisposable)map).Dispose();
            map = null;
        }

        file.Dispose();
    }

    /// <summary>The file, mapped when first asked for.</summary>
    private MappedFile Mapped()
    {
        // Released, the pages are no longer mapped: a read is refused, as a read from the closed file would be.
        ObjectDisposedException.ThrowIf(file.IsClosed, this);
        return map ??= MappedFile.Of(file, length);
    }
}
