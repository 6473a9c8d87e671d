using System.Buffers;
using System.Text.Json;

namespace Site.Render;

/// <summary>JSON files as UTF-8 with a final newline.</summary>
public static class JsonFile
{
    /// <summary>
    /// Serialised straight to UTF-8 in small chunks: a national manifest is 30 MB of JSON, and going through a .NET
    /// string, or a buffer that doubles as it grows, held it three times over at once.
    /// </summary>
    public static byte[] Bytes<T>(T value, JsonSerializerOptions options) => Chunks(value, options).Sequence.ToArray();

    /// <summary>
    /// The JSON in the chunks it was written in, for a large file (the manifest, datapackage.json): one array of
    /// 30 MB was the national build's largest object, held from the analysis to the end of the render.
    /// </summary>
    public static ChunkedBytes Chunks<T>(T value, JsonSerializerOptions options)
    {
        using var bytes = new ByteChunks();
        Write(bytes, value, options);
        return bytes.Freeze();
    }

    /// <summary>The JSON written to a stream as it is made: a build writes the manifest into its staging folder.
    /// </summary>
    public static void Write<T>(Stream stream, T value, JsonSerializerOptions options)
    {
        JsonSerializer.Serialize(stream, value, options);
        stream.WriteByte((byte)'\n');
    }
}
