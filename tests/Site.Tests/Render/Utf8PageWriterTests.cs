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
        using var writer = new Utf8PageWriter(capacity: 4);

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
        using var writer = new Utf8PageWriter(capacity: 1_024);

        foreach (var piece in text.Chunk(333))
        {
            writer.Write(piece);
        }

        Assert.Equal(Encoding.UTF8.GetBytes(text), Lent(writer));
    }

    [Fact]
    public void A_page_larger_than_the_pooled_buffers_is_whole_and_lent_at_its_exact_length()
    {
        // 1.3 million chars of mostly ASCII with a two-byte and a four-byte character: past the 1 MB the writer keeps
        // in the shared pool, as the national school index is (1.9 MB).
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
}
