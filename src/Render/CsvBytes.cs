namespace Site.Render;

/// <summary>A written CSV file and where each of its rows ends, so that a slice of its rows is a copy of their bytes.</summary>
/// <param name="Bytes">The file, in the chunks it was written in (a national table is never one large array).</param>
/// <param name="HeaderEnd">The byte after the header line (and the BOM, where the dialect has one).</param>
/// <param name="RowEnds">The byte after each data row, in row order.</param>
public sealed record CsvBytes(ChunkedBytes Bytes, int HeaderEnd, IReadOnlyList<int> RowEnds)
{
    /// <summary>The file CsvText would write for these rows alone: a row's bytes do not depend on the rows around it.</summary>
    public byte[] Slice(IReadOnlyList<int> rows)
    {
        var length = HeaderEnd + rows.Sum(RowLength);
        var slice = new byte[length];
        Bytes.CopyTo(0, slice.AsSpan(0, HeaderEnd));
        var at = HeaderEnd;
        foreach (var row in rows)
        {
            var count = RowLength(row);
            Bytes.CopyTo(RowStart(row), slice.AsSpan(at, count));
            at += count;
        }

        return slice;
    }

    private int RowStart(int row) => row == 0 ? HeaderEnd : RowEnds[row - 1];

    private int RowLength(int row) => RowEnds[row] - RowStart(row);
}
