using System.Buffers;
using System.IO.MemoryMappedFiles;
using Microsoft.Win32.SafeHandles;
using Site.Compute.Analysis;

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
public sealed unsafe class StagedTableFile(SafeFileHandle file, long length, Hash128 fingerprint, bool mapped = false)
    : ITableBytes
{
    private MemoryMappedFile? map;
    private MemoryMappedViewAccessor? view;
    private byte* first;

    public Hash128 Fingerprint => fingerprint;

    public long Length => length;

    public void CopyTo(long start, Span<byte> destination)
    {
        if (mapped && length > 0)
        {
            if (start < 0 || start + destination.Length > length)
            {
                throw new EndOfStreamException(
                    $"The staged table ends at {length} bytes, not {start + destination.Length}.");
            }

            new ReadOnlySpan<byte>(Mapped() + start, destination.Length).CopyTo(destination);
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
        if (view is not null)
        {
            view.SafeMemoryMappedViewHandle.ReleasePointer();
            view.Dispose();
            map!.Dispose();
            view = null;
            map = null;
            first = null;
        }

        file.Dispose();
    }

    /// <summary>The file's first byte, mapped when first asked for.</summary>
    private byte* Mapped()
    {
        // Released, the pages are no longer mapped: a read is refused, as a read from the closed file would be.
        ObjectDisposedException.ThrowIf(file.IsClosed, this);
        if (view is null)
        {
            map = MemoryMappedFile.CreateFromFile(
                file, mapName: null, length, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: true);
            view = map.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
            view.SafeMemoryMappedViewHandle.AcquirePointer(ref first);
            first += view.PointerOffset;
        }

        return first;
    }
}
