namespace Site.Compute.Data;

/// <summary>A column of a published CSV file: its name, Frictionless type, and descriptions in Swedish and
/// English.</summary>
public sealed record DataColumn(string Name, string Type, string Swedish, string English, string? Unit = null)
{
    public bool IsNumeric => Type is "number" or "integer";

    /// <summary>This column, filled from a row of <typeparamref name="TRow"/>.</summary>
    public ColumnOf<TRow> For<TRow>(Func<TRow, string> value) => new(this, value);
}
