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

    // Buffers above this size are not given back to the shared pool, which keeps what it is given to the end of a
    // build: the few pages this large (the school index, 1.9 MB nationally, and the front page) left 35 MB of
    // buffers in it, alive where the build's memory peaks. A page is ~60 KB.
    private const int PooledBytes = 1 << 20;

    private char[] chars;
    private int length;

    public Utf8PageWriter(int capacity = 32 * 1024)
    {
        chars = Rent<char>(capacity);
    }

    public override Encoding Encoding => Utf8;

    /// <summary>
    /// The page so far in UTF-8, lent to <paramref name="use"/> in a pooled buffer that is reused once it returns: a
    /// build writes each page and forgets it, and a new array for each was a tenth of what Stockholm's build allocated
    /// (most pages above the large-object threshold).
    /// </summary>
    public void Lend(string relativePath, Action<OutputFile> use)
    {
        // The exact count, not the most three bytes a char can take: the buffer is a third of that size for a page of
        // mostly ASCII markup.
        var text = chars.AsSpan(0, length);
        var count = Utf8.GetByteCount(text);
        var bytes = Rent<byte>(count);
        try
        {
            Utf8.GetBytes(text, bytes);
            use(new OutputFile(relativePath, new ReadOnlySequence<byte>(bytes, 0, count)) { Lent = true });
        }
        finally
        {
            Return(bytes);
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
            Return(chars);
            chars = [];
        }

        base.Dispose(disposing);
    }

    private static T[] Rent<T>(int count) =>
        count * System.Runtime.CompilerServices.Unsafe.SizeOf<T>() <= PooledBytes
            ? ArrayPool<T>.Shared.Rent(count)
            : new T[count];

    private static void Return<T>(T[] array)
    {
        if (array.Length * System.Runtime.CompilerServices.Unsafe.SizeOf<T>() <= PooledBytes)
        {
            ArrayPool<T>.Shared.Return(array);
        }
    }

    private void Grow(int count)
    {
        var larger = Rent<char>(Math.Max(length + count, chars.Length * 2));
        chars.AsSpan(0, length).CopyTo(larger);
        Return(chars);
        chars = larger;
    }
}
