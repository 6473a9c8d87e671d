using System.Collections;

namespace Site.Compute.Data;

/// <summary>
/// A table's rows read one at a time with their keys (<see cref="RowKey"/>), for a writer that makes a row's text
/// only when it needs it: the current row is also its list of cells, each made when it is read (a slice reads one
/// column), and a row held (<see cref="Hold"/>) can be made into text later, until <see cref="Release"/>.
/// </summary>
public abstract class TableRows : IReadOnlyList<string>, IDisposable
{
    /// <summary>How many columns a row has.</summary>
    public abstract int Count { get; }

    /// <summary>The current row's text in one column.</summary>
    public abstract string this[int index] { get; }

    /// <summary>Moves to the next row; false after the last.</summary>
    public abstract bool MoveNext();

    /// <summary>The current row's text, into <paramref name="cells"/>.</summary>
    public abstract void Cells(string[] cells);

    /// <summary>Writes the current row's values, column by column, into <paramref name="key"/>.</summary>
    public abstract void Key(RowKey key);

    /// <summary>Keeps the current row for <see cref="Held"/>.</summary>
    public abstract void Hold();

    /// <summary>The text of the held row <paramref name="index"/> (in the order they were held), into
    /// <paramref name="cells"/>.</summary>
    public abstract void Held(int index, string[] cells);

    /// <summary>Forgets the held rows.</summary>
    public abstract void Release();

    public abstract void Dispose();

    public IEnumerator<string> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
