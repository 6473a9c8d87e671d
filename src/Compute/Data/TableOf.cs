namespace Site.Compute.Data;

/// <summary>
/// A published table declared once: its schema (name, titles, descriptions, each column's name, type, unit and
/// descriptions) and, beside every column, the accessor that fills it. The header, the Excel dialect, datapackage.json,
/// the data dictionary on /data/ and the rows all come from this one declaration.
/// </summary>
public sealed class TableOf<TRow>
{
    private readonly IReadOnlyList<ColumnOf<TRow>> columns;

    public TableOf(
        string name,
        (string Swedish, string English) title,
        (string Swedish, string English) description,
        IReadOnlyList<ColumnOf<TRow>> columns,
        IReadOnlyList<string> primaryKey,
        bool referencesSchools = false,
        IReadOnlyList<string>? missingValues = null)
    {
        this.columns = columns;
        Spec = new DataTableSpec(
            Name: name,
            TitleSwedish: title.Swedish,
            TitleEnglish: title.English,
            DescriptionSwedish: description.Swedish,
            DescriptionEnglish: description.English,
            Columns: columns.Select(c => c.Column).ToList(),
            PrimaryKey: primaryKey,
            ReferencesSchools: referencesSchools,
            MissingValues: missingValues);
    }

    public DataTableSpec Spec { get; }

    /// <summary>The table over these rows; each row's text is made as it is read (see <see cref="DataTable"/>).
    /// </summary>
    public DataTable Of(IEnumerable<TRow> rows) => new(Spec, () => new TableRowsOf<TRow>(columns, rows));
}
