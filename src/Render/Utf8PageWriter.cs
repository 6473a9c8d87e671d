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

    private char[] chars;
    private int length;

    public Utf8PageWriter(int capacity = 32 * 1024)
    {
        chars = ArrayPool<char>.Shared.Rent(capacity);
    }

    public override Encoding Encoding => Utf8;

    /// <summary>
    /// The page so far in UTF-8, lent to <paramref name="use"/> in a pooled buffer that is reused once it returns: a
    /// build writes each page and forgets it, and a new array for each was a tenth of what Stockholm's build allocated
    /// (most pages above the large-object threshold).
    /// </summary>
    public void Lend(string relativePath, Action<OutputFile> use)
    {
        var text = chars.AsSpan(0, length);
        var bytes = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(text.Length));
        try
        {
            var count = Utf8.GetBytes(text, bytes);
            use(new OutputFile(relativePath, new ReadOnlySequence<byte>(bytes, 0, count)) { Lent = true });
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    // The renderer writes a page in thousands of small pieces ("<", a tag name, ">"): the common case, room left in the
    // buffer, is kept to a copy.
    public override void Write(char value)
    {
        if (length == chars.Length)
        {
            Grow(1);
        }

        chars[length++] = value;
    }

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        if (length + buffer.Length > chars.Length)
        {
            Grow(buffer.Length);
        }

        buffer.CopyTo(chars.AsSpan(length));
        length += buffer.Length;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && chars.Length > 0)
        {
            ArrayPool<char>.Shared.Return(chars);
            chars = [];
        }

        base.Dispose(disposing);
    }

    private void Grow(int count)
    {
        var larger = ArrayPool<char>.Shared.Rent(Math.Max(length + count, chars.Length * 2));
        chars.AsSpan(0, length).CopyTo(larger);
        ArrayPool<char>.Shared.Return(chars);
        chars = larger;
    }
}
