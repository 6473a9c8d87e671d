using System.Text.Json;

namespace Site.Render;

/// <summary>JSON files as UTF-8 with a final newline.</summary>
public static class JsonFile
{
    /// <summary>
    /// Serialised straight to UTF-8: a national manifest is 30 MB of JSON, and going through a .NET string (twice its
    /// size, then copied again for the newline and the encoding) made it the largest allocation of a build.
    /// </summary>
    public static byte[] Bytes<T>(T value, JsonSerializerOptions options)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(value, options);
        var bytes = new byte[json.Length + 1];
        json.CopyTo(bytes, 0);
        bytes[^1] = (byte)'\n';
        return bytes;
    }
}
