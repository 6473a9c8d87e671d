using Site.Compute.Analysis;
using Site.Render;

namespace Site.Tests.Render;

/// <summary>
/// A slice of a staged table is keyed by the blocks its rows were written in and its rows' places in them: the same
/// key is the same file, and a build keeps the last build's file by it without reading either.
/// </summary>
public class SliceKeysTests
{
    private static readonly Hash128 Columns = new(1, 2);

    // Three blocks of 2, 3 and 1 rows: rows 0-1, 2-4 and 5.
    private static TableBlock Block(ulong cells, int rows) => new(
        Cells: new Hash128(cells, cells), Rows: rows, PlainStart: 0, PlainLength: 0, ExcelStart: 0, ExcelLength: 0);

    private static SliceKeys Keys(ulong second = 20, bool excel = false, Hash128? columns = null) =>
        new(columns ?? Columns, excel, [Block(10, 2), Block(second, 3), Block(30, 1)]);

    [Fact]
    public void The_same_blocks_and_rows_give_the_same_key_and_any_other_row_block_dialect_or_columns_another()
    {
        var key = Keys().Of([2, 3]);
        Assert.Equal(key, Keys().Of([2, 3]));
        // Where the blocks' offsets in the files are plays no part: a row's bytes depend on its cells alone.
        var moved = new SliceKeys(
            Columns, excel: false, [Block(10, 2) with { PlainStart = 99, ExcelStart = 7 }, Block(20, 3), Block(30, 1)]);
        Assert.Equal(key, moved.Of([2, 3]));

        var others = new[]
        {
            Keys().Of([2, 4]),
            Keys().Of([2]),
            Keys().Of([2, 3, 5]),
            Keys(second: 21).Of([2, 3]),
            Keys(excel: true).Of([2, 3]),
            Keys(columns: new Hash128(1, 3)).Of([2, 3]),
        };
        Assert.DoesNotContain(key, others);
        Assert.Equal(others.Length, others.Distinct().Count());
    }

    [Fact]
    public void A_row_in_a_block_the_slice_does_not_read_changes_nothing()
    {
        // Rows 0-1 and 5 are in the first and last blocks; the second block's cells changed.
        Assert.Equal(Keys().Of([0, 1, 5]), Keys(second: 21).Of([0, 1, 5]));
        Assert.Equal(Keys().Of([]), Keys(second: 21).Of([]));
    }

    [Fact]
    public void The_same_cells_in_a_block_of_other_rows_are_another_slice()
    {
        // Two blocks of the same cells: row 0 and row 2 are the same bytes, and so the same key; rows 0-1 and 1-2 are
        // not the same rows of a block.
        var twins = new SliceKeys(Columns, excel: false, [Block(10, 2), Block(10, 2)]);
        Assert.Equal(twins.Of([0]), twins.Of([2]));
        Assert.NotEqual(twins.Of([0, 1]), twins.Of([1, 2]));
    }

    [Fact]
    public void Rows_out_of_order_or_past_the_table_are_refused()
    {
        Assert.Throws<ArgumentException>(() => Keys().Of([3, 2]));
        Assert.Throws<ArgumentException>(() => Keys().Of([6]));
        Assert.Throws<ArgumentException>(() => Keys().Of([-1]));
    }
}
