using System.Buffers;
using Site.Render;

namespace Site.Tests.Render;

public class ChunkPoolTests
{
    [Fact]
    public void A_chunk_given_back_is_rented_again_as_zeros()
    {
        var pool = new ChunkPool();
        var chunk = pool.Rent(16);
        chunk.AsSpan().Fill(7);
        pool.Return([chunk]);

        var again = pool.Rent(16);

        Assert.Same(chunk, again);
        Assert.All(again, b => Assert.Equal(0, b));
    }

    [Fact]
    public void The_pool_keeps_chunks_up_to_its_limit_and_leaves_the_rest_to_the_collector()
    {
        var pool = new ChunkPool(limit: 32);
        var chunks = new[] { pool.Rent(16), pool.Rent(16), pool.Rent(16) };
        pool.Return(chunks);

        var again = new[] { pool.Rent(16), pool.Rent(16), pool.Rent(16) };

        // The first two fit in 32 bytes and come back, the last one given first; the third is a new array.
        Assert.Same(chunks[1], again[0]);
        Assert.Same(chunks[0], again[1]);
        Assert.DoesNotContain(chunks, c => ReferenceEquals(c, again[2]));

        // What was rented again no longer counts against the limit: all three fit back in turn.
        pool.Return(again[..2]);
        pool.Return([again[2]]);
        Assert.Same(again[1], pool.Rent(16));
        Assert.Same(again[0], pool.Rent(16));
        var made = pool.Rent(16);
        Assert.DoesNotContain(again, c => ReferenceEquals(c, made));
    }

    [Fact]
    public void A_table_released_to_the_pool_gives_its_chunks_to_the_next_table()
    {
        var pool = new ChunkPool();
        using var first = new ByteChunks(pool);
        first.Write(new byte[100_000]);
        var bytes = first.Freeze();
        var chunks = bytes.Sequence.ToArray().Length;
        bytes.Release();

        using var second = new ByteChunks(pool);
        second.Write([1, 2, 3]);

        Assert.Equal(100_000, chunks);
        Assert.Equal([1, 2, 3], second.Freeze().Sequence.ToArray());
    }

    [Fact]
    public void A_lent_file_is_copied_when_kept_and_a_file_of_its_own_is_not()
    {
        var buffer = new byte[] { 1, 2, 3 };
        var lent = new OutputFile("a.csv", new ReadOnlySequence<byte>(buffer)) { Lent = true };
        var own = new OutputFile("b.csv", buffer);

        var kept = lent.Kept();
        buffer[0] = 9;

        Assert.Equal([1, 2, 3], kept.Content.ToArray());
        Assert.False(kept.Lent);
        Assert.Same(own, own.Kept());
    }
}
