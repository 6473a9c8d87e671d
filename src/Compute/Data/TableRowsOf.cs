namespace Site.Compute.Data;

/// <summary>The rows of a <see cref="TableOf{TRow}"/> with their keys: each column's accessors read the row
/// (<see cref="ColumnOf{TRow}"/>).</summary>
internal sealed class TableRowsOf<TRow>(IReadOnlyList<ColumnOf<TRow>> columns, IEnumerable<TRow> rows) : TableRows
{
    // An array: each row reads every column, and a list's interface would be a call for each.
    private readonly ColumnOf<TRow>[] columns = [.. columns];
    private readonly IEnumerator<TRow> source = rows.GetEnumerator();
    private readonly List<TRow> held = [];
    private TRow current = default!;

    public override int Count => columns.Length;

    public override string this[int index] => columns[index].Value(current);

    public override bool MoveNext()
    {
        if (!source.MoveNext())
        {
            return false;
        }

        current = source.Current;
        return true;
    }

    public override void Key(RowKey key)
    {
        for (var i = 0; i < columns.Length; i++)
        {
            columns[i].Key(current, key);
        }
    }

    public override void Hold() => held.Add(current);

    public override void Held(int index, string[] cells)
    {
        var row = held[index];
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = columns[i].Value(row);
        }
    }

    public override void Release() => held.Clear();

    public override void Dispose() => source.Dispose();
}
