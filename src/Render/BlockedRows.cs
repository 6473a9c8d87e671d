using System.Buffers;
using System.IO.Hashing;
using Site.Compute.Analysis;
using Site.Compute.Data;

namespace Site.Render;

/// <summary>
/// Writes a table's rows into its two dialects' files a block of rows at a time, and copies a block from the last
/// build's files when the last build wrote a block of the same values (<see cref="TableBlocks"/>): a row's bytes
/// depend only on its values (<see cref="RowKey"/>), so a block's text is made only when it is not copied. Where a
/// block ends depends only on the rows in it, so a changed row changes its own block and no other, and a row added or
/// removed moves no block but its own.
/// </summary>
public sealed class BlockedRows
{
    // A block ends after a row whose key's hash has these bits clear, when it has at least Least rows, or at Most rows:
    // about 160 rows (20 KB of the school results) a block.
    private const int Least = 32;
    private const int Most = 4096;
    private const ulong EndBits = 127;

    private readonly CsvTableWriter plain;
    private readonly CsvTableWriter excel;
    private readonly TableRows source;
    private readonly Func<string[], string[]> excelRow;
    private readonly LastTable? last;
    private readonly string[] row;
    private readonly List<TableBlock> made = [];
    private readonly RowKey key = new();
    private int rows;

    /// <param name="source">The table's rows; <see cref="Add"/> takes its current row.</param>
    /// <param name="excelRow">A row's cells in the Excel dialect (<see cref="Compute.Data.DataTableSpec.ExcelRows"/>).
    /// </param>
    /// <param name="last">The last build's blocks of this table; null writes every row.</param>
    public BlockedRows(
        CsvTableWriter plain,
        CsvTableWriter excel,
        TableRows source,
        Func<string[], string[]> excelRow,
        LastTable? last)
    {
        this.plain = plain;
        this.excel = excel;
        this.source = source;
        this.excelRow = excelRow;
        this.last = last;
        row = new string[source.Count];
    }

    /// <summary>The blocks written so far.</summary>
    public IReadOnlyList<TableBlock> Blocks => made;

    /// <summary>How many blocks were copied from the last build's files.</summary>
    public int Copied { get; private set; }

    /// <summary>Adds the source's current row: its values now, its text if its block is not copied.</summary>
    public void Add()
    {
        var start = key.Length;
        source.Key(key);
        source.Hold();
        rows++;
        var hash = XxHash3.HashToUInt64(key.Since(start));
        if (rows >= Most || (rows >= Least && (hash & EndBits) == 0))
        {
            End();
        }
    }

    /// <summary>Writes the last block; every row has been added.</summary>
    public void Finish()
    {
        if (rows > 0)
        {
            End();
        }
    }

    private void End()
    {
        var cells = Hash128.Of(key.Since(0));
        var (plainStart, excelStart) = (plain.Written(), excel.Written());
        var (plainCopied, excelCopied) = last?.Find(cells, rows) is { } block ? Copy(block) : (false, false);
        for (var i = 0; !plainCopied && i < rows; i++)
        {
            plain.Add(Row(i));
        }

        for (var i = 0; !excelCopied && i < rows; i++)
        {
            excel.Add(excelRow(Row(i)));
        }

        Copied += plainCopied && excelCopied ? 1 : 0;
        var (plainEnd, excelEnd) = (plain.Written(), excel.Written());
        made.Add(new TableBlock(
            Cells: cells,
            Rows: rows,
            PlainStart: plainStart,
            PlainLength: checked((int)(plainEnd - plainStart)),
            ExcelStart: excelStart,
            ExcelLength: checked((int)(excelEnd - excelStart))));
        source.Release();
        key.Clear();
        rows = 0;
    }

    /// <summary>The block's row <paramref name="index"/>, in the one array the block's rows are lent in.</summary>
    private string[] Row(int index)
    {
        source.Held(index, row);
        return row;
    }

    /// <summary>
    /// Copies the last build's block into each file where its bytes there are as many whole rows (a file's bytes are
    /// checked once, as they are added); a file where they are not gets the block formatted instead.
    /// </summary>
    private (bool Plain, bool Excel) Copy(TableBlock block)
    {
        var plainBytes = ArrayPool<byte>.Shared.Rent(block.PlainLength);
        var excelBytes = ArrayPool<byte>.Shared.Rent(block.ExcelLength);
        try
        {
            var plainRows = plainBytes.AsSpan(0, block.PlainLength);
            var excelRows = excelBytes.AsSpan(0, block.ExcelLength);
            return last!.Read(block, plainRows, excelRows)
                ? (plain.AddWritten(plainRows, rows), excel.AddWritten(excelRows, rows))
                : (false, false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(plainBytes);
            ArrayPool<byte>.Shared.Return(excelBytes);
        }
    }
}
