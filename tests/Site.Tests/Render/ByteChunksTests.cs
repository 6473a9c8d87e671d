using System.Buffers;
using System.IO.Compression;
using Site.Render;

namespace Site.Tests.Render;

/// <summary>ByteChunks gives the bytes a MemoryStream would for the same writes and seeks.</summary>
public class ByteChunksTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(65_535)]
    [InlineData(65_536)]
    [InlineData(65_537)]
    [InlineData(300_001)]
    public void Writes_across_chunks_read_back_in_order(int length)
    {
        var bytes = Enumerable.Range(0, length).Select(i => (byte)(i * 7)).ToArray();
        using var chunks = new ByteChunks();

        // Uneven pieces, so that writes straddle chunk ends.
        for (var at = 0; at < length; at += 1_001)
        {
            chunks.Write(bytes.AsSpan(at, Math.Min(1_001, length - at)));
        }

        Assert.Equal(bytes, chunks.ToArray());
        Assert.Equal(length, chunks.Length);
        var frozen = chunks.Freeze();
        Assert.Equal(bytes, frozen.Sequence.ToArray());
        Assert.Equal(length, frozen.Length);
    }

    [Theory]
    [InlineData(0, 10)]
    [InlineData(65_530, 12)]
    [InlineData(65_536, 1)]
    [InlineData(1, 200_000)]
    public void A_range_copied_out_of_the_chunks_is_those_bytes(int start, int count)
    {
        var bytes = Enumerable.Range(0, 300_001).Select(i => (byte)(i * 13)).ToArray();
        using var chunks = new ByteChunks();
        chunks.Write(bytes);

        var copy = new byte[count];
        chunks.Freeze().CopyTo(start, copy);

        Assert.Equal(bytes.AsSpan(start, count).ToArray(), copy);
    }

    [Fact]
    public void Seeking_back_overwrites_and_seeking_past_the_end_leaves_zeros()
    {
        using var chunks = new ByteChunks();
        using var memory = new MemoryStream();
        foreach (var stream in new Stream[] { chunks, memory })
        {
            stream.Write(new byte[70_000].Select((_, i) => (byte)i).ToArray());
            stream.Seek(65_530, SeekOrigin.Begin);
            stream.Write([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
            stream.Seek(100, SeekOrigin.End);
            stream.WriteByte(42);
            // Cut off, then written past: what was cut off must not come back.
            stream.SetLength(69_000);
            stream.Seek(500, SeekOrigin.End);
            stream.Write([9, 9]);
        }

        Assert.Equal(memory.ToArray(), chunks.ToArray());
    }
}
