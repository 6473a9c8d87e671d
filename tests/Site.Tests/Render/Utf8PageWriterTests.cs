using System.Buffers;
using System.Text;
using Site.Render;

namespace Site.Tests.Render;

/// <summary>The page writer's bytes are the page's text in UTF-8, however the text was split into writes.</summary>
public class Utf8PageWriterTests
{
    // The bytes the writer lends, copied out before their buffer goes back to the pool.
    private static byte[] Lent(Utf8PageWriter writer)
    {
        byte[]? bytes = null;
        writer.Lend("page.html", page =>
        {
            Assert.True(page.Lent);
            bytes = page.Content.ToArray();
        });
        return bytes!;
    }

    [Fact]
    public void Pieces_of_every_kind_come_out_as_the_text_in_utf8()
    {
        // "𝄞" is a surrogate pair: written one char at a time, the pair must still become one 4-byte character.
        const string Text = "<p>Åby skola – 231,5 𝄞 \"citat\" &amp;</p>";
        using var writer = new Utf8PageWriter(chunkChars: 4);

        writer.Write(Text[..3]);
        foreach (var c in Text[3..12])
        {
            writer.Write(c);
        }

        writer.Write(Text.ToCharArray(), 12, 10);
        writer.Write(Text.AsSpan(22));

        Assert.Equal(Encoding.UTF8.GetBytes(Text), Lent(writer));
    }

    [Fact]
    public void A_page_larger_than_the_first_buffer_is_whole()
    {
        var text = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"<td>{i}ä</td>"));
        using var writer = new Utf8PageWriter(chunkChars: 1_024);

        foreach (var piece in text.Chunk(333))
        {
            writer.Write(piece);
        }

        Assert.Equal(Encoding.UTF8.GetBytes(text), Lent(writer));
    }

    [Fact]
    public void A_page_of_megabytes_is_whole_and_lent_at_its_exact_length()
    {
        // 1.3 million chars of mostly ASCII with a two-byte and a four-byte character: forty chunks of chars and twenty
        // of bytes, as the national school index is (1.9 MB).
        var text = string.Concat(Enumerable.Range(0, 60_000).Select(i => $"<li>Skola {i} ä</li>")) + "𝄞";
        using var writer = new Utf8PageWriter();
        foreach (var piece in text.Chunk(4_000))
        {
            writer.Write(piece);
        }

        long length = 0;
        writer.Lend("skolor/index.html", page => length = page.Content.Length);

        Assert.True(text.Length > 1 << 20);
        Assert.Equal(Encoding.UTF8.GetByteCount(text), length);
        Assert.Equal(Encoding.UTF8.GetBytes(text), Lent(writer));
    }

    [Fact]
    public void A_surrogate_pair_split_between_two_chunks_is_one_character()
    {
        // The shared pool's smallest array is 16 chars: the pair's first half is the last char of the first chunk.
        var text = new string('a', 15) + "𝄞" + "b";
        using var writer = new Utf8PageWriter(chunkChars: 16);
        writer.Write(text);

        Assert.Equal(Encoding.UTF8.GetBytes(text), Lent(writer));
    }

    [Fact]
    public void A_character_of_four_bytes_at_the_end_of_a_chunk_of_bytes_is_whole()
    {
        // 65,535 ASCII bytes, then a character of four: it cannot fit the first 64 KB chunk of bytes.
        var text = new string('a', 65_535) + "𝄞" + new string('b', 10);
        using var writer = new Utf8PageWriter();
        writer.Write(text);

        var lent = Lent(writer);
        Assert.Equal(Encoding.UTF8.GetBytes(text), lent);
    }

    [Fact]
    public void A_lone_surrogate_is_refused_as_before()
    {
        using var writer = new Utf8PageWriter();
        writer.Write("a\uD834b");

        Assert.Throws<EncoderFallbackException>(() => writer.Lend("page.html", _ => { }));
    }
}
