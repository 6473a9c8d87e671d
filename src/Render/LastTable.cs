using Microsoft.Win32.SafeHandles;
using Site.Compute.Analysis;

namespace Site.Render;

/// <summary>The last build's blocks of one table (<see cref="TableBlocks"/>) and its two files, opened for reading;
/// disposed once the table is written.</summary>
public sealed class LastTable : IDisposable
{
    private readonly Dictionary<Hash128, TableBlock> blocks = [];
    private readonly SafeFileHandle plain;
    private readonly SafeFileHandle excel;

    public LastTable(IReadOnlyList<TableBlock> blocks, SafeFileHandle plain, SafeFileHandle excel)
    {
        // Two blocks with the same cells have the same bytes: either serves.
        foreach (var block in blocks)
        {
            this.blocks.TryAdd(block.Cells, block);
        }

        this.plain = plain;
        this.excel = excel;
    }

    /// <summary>The last build's block of these cells, in as many rows.</summary>
    public TableBlock? Find(Hash128 cells, int rows) =>
        blocks.TryGetValue(cells, out var block) && block.Rows == rows ? block : null;

    /// <summary>The block's bytes in the plain and the Excel file; false when a file ends before them.</summary>
    public bool Read(TableBlock block, Span<byte> plainBytes, Span<byte> excelBytes) =>
        FileReads.TryReadExactly(plain, block.PlainStart, plainBytes[..block.PlainLength])
        && FileReads.TryReadExactly(excel, block.ExcelStart, excelBytes[..block.ExcelLength]);

    public void Dispose()
    {
        plain.Dispose();
        excel.Dispose();
    }
}
