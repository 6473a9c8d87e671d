namespace Site.Compute.Data;

/// <summary>A published CSV file's schema: the one declaration its header, its Excel dialect and datapackage.json all
/// come from.</summary>
public sealed record DataTableSpec(
    string Name,
    string TitleSwedish,
    string TitleEnglish,
    string DescriptionSwedish,
    string DescriptionEnglish,
    IReadOnlyList<DataColumn> Columns,
    IReadOnlyList<string> PrimaryKey,
    bool ReferencesSchools = false,
    IReadOnlyList<string>? MissingValues = null)
{
    public string File => Name + ".csv";

    /// <summary>Whether <paramref name="file"/> is this table's <see cref="File"/>, without making that string: the
    /// data package asks it of every table for each of a national site's 22,000 files.</summary>
    public bool IsFile(ReadOnlySpan<char> file) =>
        file.Length == Name.Length + 4
        && file.StartsWith(Name, StringComparison.Ordinal)
        && file.EndsWith(".csv", StringComparison.Ordinal);

    public IReadOnlyList<string> Header => Columns.Select(c => c.Name).ToList();

    /// <summary>The header of the Excel dialect, in Swedish.</summary>
    public IReadOnlyList<string> ExcelHeader => Columns.Select(SwedishExcel.Header).ToList();

    /// <summary>
    /// What turns a row into the Excel dialect's: coded values with their Swedish labels. Each column's labels are
    /// found once, here, not by the column's name for each cell (670,000 cells in Stockholm's municipality reports).
    /// </summary>
    public Func<string[], string[]> ExcelRows()
    {
        var codes = Columns.Select(SwedishExcel.CodesOf).ToArray();
        // One array for every row, lent as the table's rows are (DataTable).
        var cells = new string[codes.Length];
        return row =>
        {
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = SwedishExcel.Cell(codes[i], row[i]);
            }

            return cells;
        };
    }
}
