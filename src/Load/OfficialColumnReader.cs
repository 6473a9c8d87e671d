using System.Buffers.Binary;

namespace Site.Load;

/// <summary>
/// Reads the columns of a kept official report (<see cref="CachedOfficialReport"/>) one after the other, a block at a
/// time, keeping only the rows asked for: every row is read and can be checked, and only the kept rows' values are
/// held. A block is 64 KB, under the large object heap's threshold, and reused for every column.
/// </summary>
internal sealed class OfficialColumnReader(Stream stream, int figures)
{
    private const int BlockValues = 16 * 1024;

    private const int NumberSize = 1 + 16;

    private readonly byte[] block = new byte[BlockValues * sizeof(int)];

    /// <summary>The next column: the rows whose value <paramref name="keep"/> keeps, and their values.</summary>
    public (int[] Rows, int[] Values) Select(Func<int, bool> keep)
    {
        var (rows, values) = (new List<int>(), new List<int>());
        Each((row, value) =>
        {
            if (keep(value))
            {
                rows.Add(row);
                values.Add(value);
            }
        });
        return ([.. rows], [.. values]);
    }

    /// <summary>The next column's values at <paramref name="rows"/> (ascending); every row and its value are seen by
    /// <paramref name="each"/> (which throws when the value does not hold together).</summary>
    public int[] Kept(int[] rows, Action<int, int>? each = null)
    {
        var values = new int[rows.Length];
        var next = 0;
        Each((row, value) =>
        {
            each?.Invoke(row, value);
            if (next < rows.Length && rows[next] == row)
            {
                values[next++] = value;
            }
        });
        return values;
    }

    /// <summary>
    /// The numbers after the columns, at <paramref name="rows"/>: each row's number is there exactly when its status is
    /// reported, and is a decimal's bits.
    /// </summary>
    public decimal?[] Numbers(int[] rows, bool[] reported)
    {
        var numbers = new decimal?[rows.Length];
        var next = 0;
        Span<int> bits = stackalloc int[4];
        Span<byte> record = stackalloc byte[NumberSize];
        for (var row = 0; row < figures; row++)
        {
            stream.ReadExactly(record);
            if (record[0] > 1 || (record[0] == 1) != reported[row])
            {
                throw new InvalidDataException("a kept official report with a damaged number");
            }

            for (var b = 0; b < 4; b++)
            {
                bits[b] = BinaryPrimitives.ReadInt32LittleEndian(record.Slice(1 + (4 * b), 4));
            }

            decimal number;
            try
            {
                number = new decimal(bits);
            }
            catch (ArgumentException)
            {
                // The decimal's scale or sign bits are not a decimal's.
                throw new InvalidDataException("a kept official report with a damaged number");
            }

            if (next < rows.Length && rows[next] == row)
            {
                numbers[next++] = record[0] == 1 ? number : null;
            }
        }

        return numbers;
    }

    // BinaryWriter wrote the columns little-endian.
    private void Each(Action<int, int> each)
    {
        for (var start = 0; start < figures; start += BlockValues)
        {
            var count = Math.Min(BlockValues, figures - start);
            var bytes = block.AsSpan(0, count * sizeof(int));
            stream.ReadExactly(bytes);
            for (var i = 0; i < count; i++)
            {
                each(start + i, BinaryPrimitives.ReadInt32LittleEndian(bytes.Slice(i * sizeof(int), sizeof(int))));
            }
        }
    }
}
