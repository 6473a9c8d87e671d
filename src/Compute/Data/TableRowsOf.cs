namespace Site.Compute.Data;

/// <summary>The rows of a <see cref="TableOf{TRow}"/> with their keys: each column's accessors read the row
/// (<see cref="ColumnOf{TRow}"/>). Its own enumerator over the rows, not a LINQ Select: over a LINQ iterator Select is
/// a generic virtual call, which the ReadyToRun program cannot compile ahead of time, so every table's rows ran through
/// code compiled just in time at its lowest tier (a tenth of Stockholm's data stage).</summary>
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

    public override void Cells(string[] cells) => Fill(current, cells);

    public override void Held(int index, string[] cells) => Fill(held[index], cells);

    public override void Release() => held.Clear();

    public override void Dispose() => source.Dispose();

    private void Fill(TRow row, string[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = columns[i].Value(row);
        }
    }
}
