using Site.Compute.Analysis;

namespace Site.Render;

/// <summary>
/// A run of a table's rows as one build wrote them (<see cref="BlockedRows"/>): the hash of the rows' values
/// (<see cref="Compute.Data.RowKey"/>), how many rows, and where their bytes are in the plain and the Excel file.
/// </summary>
public readonly record struct TableBlock(
    Hash128 Cells, int Rows, long PlainStart, int PlainLength, long ExcelStart, int ExcelLength)
{
    /// <summary>What <see cref="Write"/> writes: 40 bytes.</summary>
    public const int Size = 40;

    public static TableBlock Read(BinaryReader reader) => new(
        Cells: Hash128.Read(reader),
        Rows: reader.ReadInt32(),
        PlainStart: reader.ReadInt64(),
        PlainLength: reader.ReadInt32(),
        ExcelStart: reader.ReadInt64(),
        ExcelLength: reader.ReadInt32());

    public void Write(BinaryWriter writer)
    {
        Cells.Write(writer);
        writer.Write(Rows);
        writer.Write(PlainStart);
        writer.Write(PlainLength);
        writer.Write(ExcelStart);
        writer.Write(ExcelLength);
    }
}
