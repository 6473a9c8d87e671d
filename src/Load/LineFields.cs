using System.Collections;

namespace Site.Load;

/// <summary>
/// A ';'-separated line's fields, each made into a string only when it is read. An export row has ~20 fields and its
/// reader reads 5 to 9 of them: split whole, a national load made 1.5 million strings and an array per row, all of
/// them alive until the file's last row was read, and the collector copied them from generation to generation.
/// </summary>
public sealed class LineFields : IReadOnlyList<string>
{
    private readonly string line;

    // Where each field starts; the last entry is one past the line's end, as if a ';' followed it.
    private readonly int[] starts;

    private LineFields(string line, int[] starts)
    {
        this.line = line;
        this.starts = starts;
    }

    public int Count => starts.Length - 1;

    public string this[int index] =>
        (uint)index < (uint)Count
            ? line.Substring(starts[index], starts[index + 1] - starts[index] - 1)
            : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>A field as a span of the line, for a field that is parsed or looked up, not kept.</summary>
    public ReadOnlySpan<char> Span(int index) =>
        (uint)index < (uint)Count
            ? line.AsSpan(starts[index], starts[index + 1] - starts[index] - 1)
            : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>The line's fields, as <c>line.Split(';')</c> gives them.</summary>
    public static LineFields Of(string line)
    {
        var starts = new int[line.AsSpan().Count(';') + 2];
        var at = 1;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == ';')
            {
                starts[at++] = i + 1;
            }
        }

        starts[at] = line.Length + 1;
        return new LineFields(line, starts);
    }

    /// <summary>Whether every field is empty or white space (the blank line before Skolverket's footer).</summary>
    public bool AllBlank()
    {
        foreach (var c in line)
        {
            if (c != ';' && !char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the first field starts with <paramref name="prefix"/> (ordinal).</summary>
    public bool StartsWith(string prefix) =>
        line.AsSpan(0, starts[1] - 1).StartsWith(prefix, StringComparison.Ordinal);

    public IEnumerator<string> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
