namespace Site.Render;

/// <summary>A written CSV file and where each of its rows ends, so that a slice of its rows is a copy of their
/// bytes.</summary>
/// <param name="Bytes">The file, in the chunks it was written in (a national table is never one large array), or in
/// the build's staging folder.</param>
/// <param name="HeaderEnd">The byte after the header line (and the BOM, where the dialect has one).</param>
/// <param name="RowEnds">The byte after each data row, in row order; none for a file that is not sliced.</param>
public sealed record CsvBytes(ITableBytes Bytes, int HeaderEnd, IReadOnlyList<int> RowEnds)
{
    /// <summary>Keys its slices without reading them, for a table written in blocks of rows; else null.</summary>
    public SliceKeys? Keys { get; init; }

    /// <summary>The length of <see cref="SliceInto"/>'s file.</summary>
    public int SliceLength(IReadOnlyList<int> rows)
    {
        var length = HeaderEnd;
        for (var i = 0; i < rows.Count; i++)
        {
            length += RowLength(rows[i]);
        }

        return length;
    }

    /// <summary>
    /// The file CsvText would write for these rows alone (a row's bytes do not depend on the rows around it), written
    /// into the start of <paramref name="destination"/>: a buffer the caller lends, so that twenty thousand slices are
    /// not each an array of their own.
    /// </summary>
    public void SliceInto(IReadOnlyList<int> rows, Span<byte> destination)
    {
        Bytes.CopyTo(0, destination[..HeaderEnd]);
        var at = HeaderEnd;
        // Rows next to each other in the table (a school's rows are) are copied as one run: from a staged file, each
        // copy is a read.
        for (var i = 0; i < rows.Count;)
        {
            var first = rows[i];
            var last = first;
            while (++i < rows.Count && rows[i] == last + 1)
            {
                last++;
            }

            var count = RowEnds[last] - RowStart(first);
            Bytes.CopyTo(RowStart(first), destination.Slice(at, count));
            at += count;
        }
    }

    private int RowStart(int row) => row == 0 ? HeaderEnd : RowEnds[row - 1];

    private int RowLength(int row) => RowEnds[row] - RowStart(row);
}
