namespace Site.Compute.Data;

/// <summary>A column of a published CSV file: its name, Frictionless type, and descriptions in Swedish and
/// English.</summary>
public sealed record DataColumn(string Name, string Type, string Swedish, string English, string? Unit = null)
{
    public bool IsNumeric => Type is "number" or "integer";

    /// <summary>This column, filled from a row of <typeparamref name="TRow"/> with this text (its key is the text).
    /// </summary>
    public ColumnOf<TRow> For<TRow>(Func<TRow, string> value) => new(this, value, (row, key) => key.Text(value(row)));

    /// <summary>This column, filled with a number rounded to <paramref name="decimals"/> (<see cref="Invariant"/>);
    /// its key is the number before it is text.</summary>
    public ColumnOf<TRow> Number<TRow>(Func<TRow, decimal?> value, int decimals) =>
        new(this, row => Invariant.Number(value(row), decimals), (row, key) => key.Number(value(row)));

    /// <summary>This column, filled with a whole number (<see cref="Invariant"/>); its key is the number.</summary>
    public ColumnOf<TRow> Integer<TRow>(Func<TRow, int?> value) =>
        new(this, row => Invariant.Integer(value(row)), (row, key) => key.Integer(value(row)));
}
