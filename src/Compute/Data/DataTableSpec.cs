namespace Site.Compute.Data;

/// <summary>A published CSV file's schema: the one declaration its header, its Excel dialect and datapackage.json all come from.</summary>
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

    public IReadOnlyList<string> Header => Columns.Select(c => c.Name).ToList();

    /// <summary>The header of the Excel dialect, in Swedish.</summary>
    public IReadOnlyList<string> ExcelHeader => Columns.Select(SwedishExcel.Header).ToList();

    /// <summary>A row as the Excel dialect writes it: coded values with their Swedish labels.</summary>
    public IReadOnlyList<string> ExcelRow(IReadOnlyList<string> row)
    {
        var cells = new string[row.Count];
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = SwedishExcel.Cell(Columns[i], row[i]);
        }

        return cells;
    }
}
