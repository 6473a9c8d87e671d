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
}
