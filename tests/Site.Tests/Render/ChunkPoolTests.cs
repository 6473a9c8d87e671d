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
