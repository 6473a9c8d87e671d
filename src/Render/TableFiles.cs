using Site.Compute.Analysis;
using Site.Load;

namespace Site.Render;

/// <summary>One table as a build wrote it: its two files (path, hash of the bytes, length) and its blocks of
/// rows.</summary>
/// <param name="Columns">A hash of both dialects' headers: a block's bytes are its rows under these columns.</param>
public sealed record TableFiles(
    string PlainPath,
    Hash128 PlainHash,
    long PlainLength,
    string ExcelPath,
    Hash128 ExcelHash,
    long ExcelLength,
    Hash128 Columns,
    IReadOnlyList<TableBlock> Blocks)
{
    public static TableFiles Read(BinaryReader reader)
    {
        var (plainPath, plainHash, plainLength) = (reader.ReadString(), Hash128.Read(reader), reader.ReadInt64());
        var (excelPath, excelHash, excelLength) = (reader.ReadString(), Hash128.Read(reader), reader.ReadInt64());
        var columns = Hash128.Read(reader);
        var blocks = KeptIndex.ReadArray(reader, TableBlock.Size, TableBlock.Read);

        return new TableFiles(
            PlainPath: plainPath,
            PlainHash: plainHash,
            PlainLength: plainLength,
            ExcelPath: excelPath,
            ExcelHash: excelHash,
            ExcelLength: excelLength,
            Columns: columns,
            Blocks: blocks);
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(PlainPath);
        PlainHash.Write(writer);
        writer.Write(PlainLength);
        writer.Write(ExcelPath);
        ExcelHash.Write(writer);
        writer.Write(ExcelLength);
        Columns.Write(writer);
        KeptIndex.WriteArray(writer, Blocks, (w, block) => block.Write(w));
    }
}
