namespace Site.Render;

/// <summary>
/// A write-only stream that keeps what is written in chunks below the large-object threshold and makes one array of
/// exactly the right size at the end. A MemoryStream doubles its buffer as it grows, and for the national tables and
/// the zip each doubling left a large array behind for a full garbage collection to find. Seekable, because a zip
/// goes back to fill in each entry's sizes.
/// </summary>
public sealed class ByteChunks : Stream
{
    internal const int ChunkSize = 64 * 1024;

    private readonly List<byte[]> chunks = [];
    private readonly ChunkPool? pool;
    private long length;
    private long position;

    /// <param name="pool">Where chunks come from and go back to (<see cref="ChunkedBytes.Release"/>); null makes new
    /// ones and leaves them to the collector.</param>
    public ByteChunks(ChunkPool? pool = null)
    {
        this.pool = pool;
    }

    public override bool CanRead => false;

    public override bool CanSeek => true;

    public override bool CanWrite => true;

    public override long Length => length;

    public override long Position
    {
        get => position;
        set => position = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    /// <summary>What was written, in the chunks it was written in; nothing may be written after this.</summary>
    public ChunkedBytes Freeze() => new(chunks, ChunkSize, length, pool);

    public byte[] ToArray()
    {
        var bytes = new byte[length];
        for (var i = 0; i < chunks.Count; i++)
        {
            var start = (long)i * ChunkSize;
            chunks[i].AsSpan(0, (int)Math.Min(ChunkSize, length - start)).CopyTo(bytes.AsSpan((int)start));
        }

        return bytes;
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (buffer.Length > 0)
        {
            var index = (int)(position / ChunkSize);
            while (chunks.Count <= index)
            {
                chunks.Add(pool?.Rent(ChunkSize) ?? new byte[ChunkSize]);
            }

            var at = (int)(position % ChunkSize);
            var count = Math.Min(buffer.Length, ChunkSize - at);
            buffer[..count].CopyTo(chunks[index].AsSpan(at));
            position += count;
            length = Math.Max(length, position);
            buffer = buffer[count..];
        }
    }

    public override void WriteByte(byte value) => Write([value]);

    public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => position + offset,
        _ => length + offset,
    };

    public override void SetLength(long value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        // What is cut off reads as zeros if the stream grows again, as in a MemoryStream.
        for (var at = value; at < length; at = (at / ChunkSize + 1) * ChunkSize)
        {
            chunks[(int)(at / ChunkSize)]
                .AsSpan((int)(at % ChunkSize), (int)(Math.Min(length, (at / ChunkSize + 1) * ChunkSize) - at))
                .Clear();
        }

        length = value;
        position = Math.Min(position, length);
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
