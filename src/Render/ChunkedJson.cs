using System.Text.Json;

namespace Site.Render;

/// <summary>
/// A JSON writer whose bytes go into 64 KB chunks (<see cref="ByteChunks"/>) as it writes. A Utf8JsonWriter over a
/// stream keeps everything in one array that doubles until it is flushed, and a MemoryStream behind it doubles again:
/// datapackage.json (9 MB nationally), the comparison data and the search index made 60 MB of large arrays at the end
/// of a national build, where its memory peaks.
/// </summary>
public sealed class ChunkedJson : IDisposable
{
    private const int SpillAt = 32 * 1024;

    private readonly ByteChunks bytes = new();

    public ChunkedJson(JsonWriterOptions options)
    {
        Writer = new Utf8JsonWriter(bytes, options);
    }

    public Utf8JsonWriter Writer { get; }

    /// <summary>Hands what the writer holds to the chunks once it is more than a few kilobytes; call it between
    /// items of a long array.</summary>
    public void Spill()
    {
        if (Writer.BytesPending >= SpillAt)
        {
            Writer.Flush();
        }
    }

    /// <summary>Everything written, with <paramref name="trailer"/> bytes after it.</summary>
    public ChunkedBytes Finish(ReadOnlySpan<byte> trailer = default)
    {
        Writer.Flush();
        bytes.Write(trailer);
        return bytes.Freeze();
    }

    public void Dispose() => Writer.Dispose();
}
