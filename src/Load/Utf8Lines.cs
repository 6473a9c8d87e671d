using System.Collections;
using System.Text;

namespace Site.Load;

/// <summary>
/// A UTF-8 file's lines, each decoded when it is read (<see cref="TextFileDecoder.LinesOf"/>). Decoded all at once, a
/// national export's ~13,600 lines (~1 MB of strings) lived until its last row was read, and the collector copied them
/// into an older generation before the file was done; read one at a time, a line dies with its row. Valid only while
/// its bytes are: the read that takes one keeps none of its lines.
/// </summary>
internal sealed class Utf8Lines : IReadOnlyList<string>
{
    private readonly ReadOnlyMemory<byte> text;

    // Where each line starts; the last entry is one past the last line's end, as if a line break followed it.
    private readonly int[] starts;

    /// <param name="text">Valid UTF-8, without its BOM.</param>
    public Utf8Lines(ReadOnlyMemory<byte> text)
    {
        var span = text.Span;
        // As TextFileDecoder.Lines: a final line break ends the last line, and an empty file has none.
        var count = span.Count((byte)'\n') + (span.Length == 0 || span[^1] == (byte)'\n' ? 0 : 1);
        starts = new int[count + 1];
        var at = 0;
        for (var i = 1; i <= count; i++)
        {
            var end = span[at..].IndexOf((byte)'\n');
            at = end < 0 ? span.Length + 1 : at + end + 1;
            starts[i] = at;
        }

        this.text = text;
    }

    public int Count => starts.Length - 1;

    public string this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            var line = text.Span[starts[index]..(starts[index + 1] - 1)];
            return Encoding.UTF8.GetString(line.Length > 0 && line[^1] == (byte)'\r' ? line[..^1] : line);
        }
    }

    public IEnumerator<string> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
