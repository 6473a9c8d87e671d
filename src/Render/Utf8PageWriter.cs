using System.Buffers;
using System.Text;

namespace Site.Render;

/// <summary>
/// A TextWriter that gathers a page in one pooled buffer and encodes it to UTF-8 once, at the end. Rendering ten thousand
/// pages through a StringWriter built each page three times over (the builder's chunks, the string, the bytes): about a
/// quarter of everything the national build allocated. Encoding each small write as it came was slower still.
/// </summary>
public sealed class Utf8PageWriter : TextWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private char[] buffer;
    private int length;

    public Utf8PageWriter(int capacity = 32 * 1024)
    {
        buffer = ArrayPool<char>.Shared.Rent(capacity);
    }

    public override Encoding Encoding => Utf8;

    /// <summary>The page so far in UTF-8, as a new array of exactly its length.</summary>
    public byte[] ToArray()
    {
        var text = buffer.AsSpan(0, length);
        var bytes = new byte[Utf8.GetByteCount(text)];
        Utf8.GetBytes(text, bytes);
        return bytes;
    }

    public override void Write(char value)
    {
        Reserve(1)[0] = value;
    }

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer) => buffer.CopyTo(Reserve(buffer.Length));

    protected override void Dispose(bool disposing)
    {
        if (disposing && buffer.Length > 0)
        {
            ArrayPool<char>.Shared.Return(buffer);
            buffer = [];
        }

        base.Dispose(disposing);
    }

    private Span<char> Reserve(int count)
    {
        if (length + count > buffer.Length)
        {
            var larger = ArrayPool<char>.Shared.Rent(Math.Max(length + count, buffer.Length * 2));
            buffer.AsSpan(0, length).CopyTo(larger);
            ArrayPool<char>.Shared.Return(buffer);
            buffer = larger;
        }

        var span = buffer.AsSpan(length, count);
        length += count;
        return span;
    }
}
