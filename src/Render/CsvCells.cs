using System.Buffers;
using System.Text;

namespace Site.Render;

/// <summary>
/// A CSV file's cells as UTF-8, gathered in a pooled buffer and written into the file some 32 KB at a time (one write,
/// and one hash update of a staged file, per ~32 KB rather than per row). Quoting is RFC 4180's, as CsvHelper wrote
/// it (<see cref="ShouldQuote"/>); CsvQuotingTests hold it to hand-worked tables.
/// </summary>
public sealed class CsvCells(Stream file, byte delimiter) : IDisposable
{
    private const int BufferBytes = 32 * 1024;

    private byte[] buffer = ArrayPool<byte>.Shared.Rent(BufferBytes);
    private int used;

    /// <summary>Where the next byte will be in the file.</summary>
    public long End => file.Length + used;

    /// <summary>
    /// Adds a cell, after the delimiter unless it is a row's first; quoted, its quotes doubled, when the rule says so.
    /// With <paramref name="comma"/> (a number in the Excel dialect) its point is a comma.
    /// </summary>
    public void Add(bool first, string text, bool comma = false)
    {
        if (Plain(first, text, comma))
        {
            return;
        }

        if (!first)
        {
            Add([delimiter]);
        }

        // The comma made in the text, not in the buffer: the buffer may be written out in the middle of the cell.
        if (comma)
        {
            text = text.Replace('.', ',');
        }

        if (!ShouldQuote(text))
        {
            Add(text);
        }
        else
        {
            Add("\""u8);
            var rest = text.AsSpan();
            for (var at = rest.IndexOf('"'); at >= 0; at = rest.IndexOf('"'))
            {
                Add(rest[..(at + 1)]);
                Add("\""u8);
                rest = rest[(at + 1)..];
            }

            Add(rest);
            Add("\""u8);
        }
    }

    /// <summary>Adds bytes as they are (a line end, a byte order mark).</summary>
    public void Add(ReadOnlySpan<byte> bytes)
    {
        Room(bytes.Length);
        bytes.CopyTo(buffer.AsSpan(used));
        used += bytes.Length;
    }

    /// <summary>Writes what has gathered into the file once it is half the buffer.</summary>
    public void DrainWhenFull()
    {
        if (used >= BufferBytes / 2)
        {
            Drain();
        }
    }

    /// <summary>Writes what has gathered into the file.</summary>
    public void Drain()
    {
        if (used > 0)
        {
            file.Write(buffer.AsSpan(0, used));
            used = 0;
        }
    }

    public void Dispose()
    {
        Drain();
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = [];
    }

    /// <summary>
    /// RFC 4180's rule, as CsvHelper wrote it: a cell with a quote, the delimiter, a space at either end or any line
    /// break is quoted (a bare line feed too in the Excel dialect, whose line end is CRLF).
    /// </summary>
    private bool ShouldQuote(string field) =>
        field.Length > 0
        && (field[0] == ' '
            || field[^1] == ' '
            || field.AsSpan().ContainsAny(QuoteCharacters)
            || field.AsSpan().Contains((char)delimiter));

    private static readonly SearchValues<char> QuoteCharacters = SearchValues.Create("\"\r\n");

    /// <summary>
    /// Adds a cell of ASCII that needs no quotes a character at a time; false, with nothing added, for any other. Most
    /// of a national table's five million cells are a few characters of a number or a code: checking and encoding them
    /// in one pass took a third of the time of the searches and the encoder the general way calls.
    /// </summary>
    private bool Plain(bool first, string text, bool comma)
    {
        if (text.Length > 0 && (text[0] == ' ' || text[^1] == ' '))
        {
            return false;
        }

        Room(text.Length + 1);
        var at = used;
        if (!first)
        {
            buffer[at++] = delimiter;
        }

        foreach (var c in text)
        {
            if (c >= 0x80 || c == '"' || c == '\r' || c == '\n' || c == delimiter)
            {
                return false;
            }

            buffer[at++] = comma && c == '.' ? (byte)',' : (byte)c;
        }

        used = at;
        return true;
    }

    private void Add(ReadOnlySpan<char> text)
    {
        Room(Encoding.UTF8.GetMaxByteCount(text.Length));
        used += Encoding.UTF8.GetBytes(text, buffer.AsSpan(used));
    }

    /// <summary>Room for <paramref name="count"/> more bytes: the buffer drained, or a larger one for a huge
    /// cell.</summary>
    private void Room(int count)
    {
        if (buffer.Length - used >= count)
        {
            return;
        }

        Drain();
        if (buffer.Length < count)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = ArrayPool<byte>.Shared.Rent(count);
        }
    }
}
