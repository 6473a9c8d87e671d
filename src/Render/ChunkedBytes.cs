using System.Buffers;

namespace Site.Render;

/// <summary>
/// Bytes kept in the small chunks <see cref="ByteChunks"/> wrote them in, never copied into one array: a national
/// table, the zip and their Excel twins were each one array of 10–30 MB on the large-object heap, which only a full
/// collection frees, and a build made 250 MB of them (issue 18: they were most of its peak memory).
/// </summary>
public sealed class ChunkedBytes : ITableBytes
{
    private readonly IReadOnlyList<byte[]> chunks;
    private readonly int chunkSize;
    private readonly ChunkPool? pool;

    internal ChunkedBytes(IReadOnlyList<byte[]> chunks, int chunkSize, long length, ChunkPool? pool = null)
    {
        this.chunks = chunks;
        this.chunkSize = chunkSize;
        this.pool = pool;
        Length = length;
        Sequence = Chain(chunks, chunkSize, length);
    }

    public long Length { get; }

    /// <summary>The bytes in order, chunk by chunk.</summary>
    public ReadOnlySequence<byte> Sequence { get; }

    /// <summary>Gives the chunks back to the pool they came from (if any); nothing may read these bytes after
    /// this.</summary>
    public void Release() => pool?.Return(chunks);

    /// <summary>The chunks, as the bytes' blocks (<see cref="ITableBytes.Blocks"/>).</summary>
    public IEnumerable<ReadOnlyMemory<byte>> Blocks() => Sequence.Segments();

    /// <summary>Copies <paramref name="destination"/>'s length of bytes from <paramref name="start"/> on.</summary>
    public void CopyTo(long start, Span<byte> destination)
    {
        while (destination.Length > 0)
        {
            var at = (int)(start % chunkSize);
            var count = Math.Min(destination.Length, chunkSize - at);
            chunks[(int)(start / chunkSize)].AsSpan(at, count).CopyTo(destination);
            destination = destination[count..];
            start += count;
        }
    }

    private static ReadOnlySequence<byte> Chain(IReadOnlyList<byte[]> chunks, int chunkSize, long length)
    {
        var sequence = new SequenceBuilder();
        for (var i = 0; (long)i * chunkSize < length; i++)
        {
            sequence.Append(chunks[i].AsMemory(0, (int)Math.Min(chunkSize, length - (long)i * chunkSize)));
        }

        return sequence.Build();
    }
}
