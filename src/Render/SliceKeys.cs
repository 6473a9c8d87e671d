using Site.Compute.Analysis;

namespace Site.Render;

/// <summary>
/// Keys a slice of a staged table by the blocks its rows were written in (<see cref="BlockedRows"/>), without reading
/// its bytes: a row's bytes depend only on its cells and the table's columns and dialect, and a block's hash is that
/// of its rows' cells, so the same blocks, the same rows in them, the same columns and dialect make the same file. A
/// changed cell changes one block: the slices of every other school keep their keys, and the build keeps their files
/// from the last build's stamps (<see cref="OutputStamps"/>) without cutting, hashing and reading them (on a changed
/// cell, 10,000 national slices were ~0.15 s of cutting alone).
/// </summary>
public sealed class SliceKeys
{
    private readonly Hash128 columns;
    private readonly byte dialect;
    private readonly IReadOnlyList<TableBlock> blocks;

    // The first row of each block, and one past the last row of the table.
    private readonly int[] starts;

    // Each row is hashed as its block's hash and its place in the block, after the columns, dialect and row count.
    private readonly FingerprintWriter bytes = new();

    /// <param name="columns">What the rows are written under: both dialects' headers and which columns are numbers
    /// (see <see cref="StagedTables"/>).</param>
    /// <param name="excel">Whether the file is the Excel dialect's: the same rows as the plain file's, other
    /// bytes.</param>
    /// <param name="blocks">The table's blocks, in row order.</param>
    public SliceKeys(Hash128 columns, bool excel, IReadOnlyList<TableBlock> blocks)
    {
        this.columns = columns;
        dialect = excel ? (byte)1 : (byte)0;
        this.blocks = blocks;
        starts = new int[blocks.Count + 1];
        for (var i = 0; i < blocks.Count; i++)
        {
            starts[i + 1] = starts[i] + blocks[i].Rows;
        }
    }

    /// <summary>The key of the slice of these rows (each once, in ascending order, as a slice has them).</summary>
    /// <remarks>Written with this instance's one writer, emptied for each slice (a hash object made for each of a
    /// national build's 21,000 slices was 7 MB of its garbage): one thread at a time, as the data stage cuts a
    /// table's slices.</remarks>
    public Hash128 Of(IReadOnlyList<int> rows)
    {
        bytes.Reset();
        bytes.Append(columns);
        bytes.Append([dialect]);
        bytes.Int(rows.Count);
        var (block, previous) = (0, -1);
        foreach (var index in rows)
        {
            if (index <= previous || index >= starts[^1])
            {
                throw new ArgumentException($"Row {index} is not in the table's blocks, or the rows are not in order.");
            }

            while (index >= starts[block + 1])
            {
                block++;
            }

            previous = index;
            bytes.Append(blocks[block].Cells);
            bytes.Int(index - starts[block]);
        }

        return bytes.Hash();
    }
}
