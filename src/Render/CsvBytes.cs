namespace Site.Render;

/// <summary>A written CSV file and where each of its rows ends, so that a slice of its rows is a copy of their bytes.</summary>
/// <param name="HeaderEnd">The byte after the header line (and the BOM, where the dialect has one).</param>
/// <param name="RowEnds">The byte after each data row, in row order.</param>
public sealed record CsvBytes(byte[] Bytes, int HeaderEnd, IReadOnlyList<int> RowEnds)
{
    /// <summary>The file CsvText would write for these rows alone: a row's bytes do not depend on the rows around it.</summary>
    public byte[] Slice(IReadOnlyList<int> rows)
    {
        var length = HeaderEnd + rows.Sum(RowLength);
        var slice = new byte[length];
        Bytes.AsSpan(0, HeaderEnd).CopyTo(slice);
        var at = HeaderEnd;
        foreach (var row in rows)
        {
            var bytes = Bytes.AsSpan(RowStart(row), RowLength(row));
            bytes.CopyTo(slice.AsSpan(at));
            at += bytes.Length;
        }

        return slice;
    }

    private int RowStart(int row) => row == 0 ? HeaderEnd : RowEnds[row - 1];

    private int RowLength(int row) => RowEnds[row] - RowStart(row);
}
