using System.Buffers;
using System.Text.Json;
using Site.Render;

namespace Site.Tests.Render;

public class ChunkedJsonTests
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true };

    private static void Write(Utf8JsonWriter json, Action between)
    {
        json.WriteStartArray();
        for (var i = 0; i < 20_000; i++)
        {
            json.WriteStartObject();
            json.WriteNumber("id", i);
            json.WriteString("name", $"Skola nummer {i} i Ösmo");
            json.WriteEndObject();
            between();
        }

        json.WriteEndArray();
    }

    [Fact]
    public void Spilled_between_items_the_bytes_are_what_one_writer_writes_and_cross_many_chunks()
    {
        using var memory = new MemoryStream();
        using (var plain = new Utf8JsonWriter(memory, Indented))
        {
            Write(plain, () => { });
        }

        memory.WriteByte((byte)'\n');
        using var chunked = new ChunkedJson(Indented);
        Write(chunked.Writer, chunked.Spill);
        var bytes = chunked.Finish("\n"u8);

        Assert.Equal(memory.ToArray(), bytes.Sequence.ToArray());
        var segments = 0;
        foreach (var segment in bytes.Sequence)
        {
            segments++;
            Assert.True(segment.Length <= 64 * 1024);
        }

        Assert.True(segments > 10, $"the JSON should span many chunks, not {segments}");
    }

    [Fact]
    public void A_writer_never_spilled_still_gives_all_its_bytes()
    {
        using var chunked = new ChunkedJson(default);
        chunked.Writer.WriteStartObject();
        chunked.Writer.WriteString("a", "b");
        chunked.Writer.WriteEndObject();

        Assert.Equal("{\"a\":\"b\"}", System.Text.Encoding.UTF8.GetString(chunked.Finish().Sequence.ToArray()));
    }
}
