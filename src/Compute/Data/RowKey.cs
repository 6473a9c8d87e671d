using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Site.Compute.Data;

/// <summary>
/// The values a table's rows are made from, as bytes, written before their text is made: a column's text is its value
/// formatted by the column's own rule (<see cref="ColumnOf{TRow}"/>), so rows whose values write the same bytes here
/// are the same text in the same table. The render keys its blocks of rows by them (Render's BlockedRows) and makes
/// the text of a block only when the last build did not write one with the same key: a number's text costs more to
/// make than its value to copy. Every value is written with its kind and, for a text, its length, so that no two
/// rows' values write the same bytes. One writer serves a table's rows, one row after another.
/// </summary>
public sealed class RowKey
{
    private const byte TextKind = 1, NoNumber = 2, NumberKind = 3, NoInteger = 4, IntegerKind = 5;

    private byte[] bytes = new byte[1 << 16];

    /// <summary>How many bytes have been written since the last <see cref="Clear"/>.</summary>
    public int Length { get; private set; }

    /// <summary>The bytes written since <paramref name="start"/> (a <see cref="Length"/> read earlier).</summary>
    public ReadOnlySpan<byte> Since(int start) => bytes.AsSpan(start, Length - start);

    public void Clear() => Length = 0;

    public void Text(string text)
    {
        var chars = MemoryMarshal.AsBytes(text.AsSpan());
        var span = Take(1 + sizeof(int) + chars.Length);
        span[0] = TextKind;
        BinaryPrimitives.WriteInt32LittleEndian(span[1..], text.Length);
        chars.CopyTo(span[(1 + sizeof(int))..]);
    }

    /// <summary>A number as its decimal's own parts: 202.7 and 202.70 write different bytes (and the same text once
    /// rounded): a key that differs only makes a block's text again.</summary>
    public void Number(decimal? value)
    {
        if (value is not { } number)
        {
            Take(1)[0] = NoNumber;
            return;
        }

        Span<int> parts = stackalloc int[4];
        decimal.GetBits(number, parts);
        var span = Take(1 + 4 * sizeof(int));
        span[0] = NumberKind;
        for (var i = 0; i < parts.Length; i++)
        {
            BinaryPrimitives.WriteInt32LittleEndian(span[(1 + i * sizeof(int))..], parts[i]);
        }
    }

    public void Integer(int? value)
    {
        if (value is not { } integer)
        {
            Take(1)[0] = NoInteger;
            return;
        }

        var span = Take(1 + sizeof(int));
        span[0] = IntegerKind;
        BinaryPrimitives.WriteInt32LittleEndian(span[1..], integer);
    }

    private Span<byte> Take(int count)
    {
        if (Length + count > bytes.Length)
        {
            Array.Resize(ref bytes, Math.Max(bytes.Length * 2, Length + count));
        }

        var span = bytes.AsSpan(Length, count);
        Length += count;
        return span;
    }
}
