using System.Buffers;
using System.Text;

namespace Site.Render;

/// <summary>
/// A TextWriter that gathers a page in pooled chunks of chars and encodes it to UTF-8 once, at the end, into pooled
/// chunks of bytes. Rendering ten thousand pages through a StringWriter built each page three times over (the builder's
/// chunks, the string, the bytes): about a quarter of everything the national build allocated. Encoding each small
/// write as it came was slower still.
/// </summary>
public sealed class Utf8PageWriter : TextWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Chunks, not one buffer that doubles: the few pages of megabytes (the school index, 1.9 MB nationally; the front
    // and comparison pages) made a char buffer and a byte array of each size on the way, 38 MB of arrays on the
    // large-object heap that only a full collection frees, alive where the national build's memory peaks. A chunk is
    // small enough for the small-object heap and the shared pool; a page is ~60 KB.
    private const int ChunkBytes = 64 * 1024;

    private readonly int chunkChars;
    private readonly List<char[]> filled = [];
    private char[] chars;
    private int length;

    /// <param name="chunkChars">The chars per chunk (tests make it small to cross chunks often).</param>
    public Utf8PageWriter(int chunkChars = ChunkBytes / sizeof(char))
    {
        this.chunkChars = chunkChars;
        chars = ArrayPool<char>.Shared.Rent(chunkChars);
    }

    public override Encoding Encoding => Utf8;

    /// <summary>
    /// Encodes the page and lends its bytes to <paramref name="use"/> (<see cref="OutputFile.Lent"/>): they go back
    /// to the pool when it returns.
    /// </summary>
    public void Lend(string relativePath, Action<OutputFile> use)
    {
        var encoder = Utf8.GetEncoder();
        var bytes = new List<byte[]>();
        var sequence = new SequenceBuilder();
        try
        {
            byte[]? chunk = null;
            var used = 0;
            for (var i = 0; i <= filled.Count; i++)
            {
                ReadOnlySpan<char> text = i < filled.Count ? filled[i] : chars.AsSpan(0, length);
                var last = i == filled.Count;
                // A surrogate pair split across two chunks is kept by the encoder until its second half comes.
                var completed = false;
                while (!completed)
                {
                    // A new chunk while the last has no room for a character's four bytes: the encoder writes whole
                    // characters only.
                    if (chunk is null || chunk.Length - used < 4)
                    {
                        Append(chunk, used);
                        chunk = ArrayPool<byte>.Shared.Rent(ChunkBytes);
                        bytes.Add(chunk);
                        used = 0;
                    }

                    encoder.Convert(text, chunk.AsSpan(used), last, out var read, out var wrote, out completed);
                    text = text[read..];
                    used += wrote;
                }
            }

            Append(chunk, used);
            use(new OutputFile(relativePath, sequence.Build()) { Lent = true });
        }
        finally
        {
            foreach (var chunk in bytes)
            {
                ArrayPool<byte>.Shared.Return(chunk);
            }
        }

        void Append(byte[]? chunk, int used)
        {
            if (chunk is not null)
            {
                sequence.Append(chunk.AsMemory(0, used));
            }
        }
    }

    // The renderer writes a page in thousands of small pieces ("<", a tag name, ">"): the common case, room left in the
    // chunk, is kept to a copy.
    public override void Write(char value)
    {
        if (length == chars.Length)
        {
            Next();
        }

        chars[length++] = value;
    }

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        if (length + buffer.Length <= chars.Length)
        {
            buffer.CopyTo(chars.AsSpan(length));
            length += buffer.Length;
            return;
        }

        while (buffer.Length > 0)
        {
            if (length == chars.Length)
            {
                Next();
            }

            var count = Math.Min(buffer.Length, chars.Length - length);
            buffer[..count].CopyTo(chars.AsSpan(length));
            length += count;
            buffer = buffer[count..];
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && chars.Length > 0)
        {
            foreach (var chunk in filled)
            {
                ArrayPool<char>.Shared.Return(chunk);
            }

            filled.Clear();
            ArrayPool<char>.Shared.Return(chars);
            chars = [];
        }

        base.Dispose(disposing);
    }

    private void Next()
    {
        filled.Add(chars);
        chars = ArrayPool<char>.Shared.Rent(chunkChars);
        length = 0;
    }
}
