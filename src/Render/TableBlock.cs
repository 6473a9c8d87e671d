using Site.Compute.Analysis;

namespace Site.Render;

/// <summary>
/// A run of a table's rows as one build wrote them (<see cref="BlockedRows"/>): the hash of the rows' cells, how many
/// rows, and where their bytes are in the plain and the Excel file.
/// </summary>
public readonly record struct TableBlock(
    Hash128 Cells, int Rows, long PlainStart, int PlainLength, long ExcelStart, int ExcelLength);
