using Site.Compute.Analysis;

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
    IReadOnlyList<TableBlock> Blocks);
