using System.Text;

namespace Site.Render;

/// <summary>
/// One CSV file being written a row at a time as UTF-8, noting where each row ends. Rows are handed in by the caller,
/// so that two dialects of a table are written in one pass over rows made on the fly: making a national table's rows
/// took as long as writing them.
/// The cells are written by <see cref="CsvCells"/>, not by CsvHelper: its writer made each cell a string in a
/// StreamWriter's chars and encoded them again at every row's end (to note where the row ends), and asked its
/// configuration about every cell; in a national build that was 7 % of the samples (820 of 11,455, `bench/profile`),
/// for a rule of five lines. CsvHelper still reads every input.
/// </summary>
public sealed class CsvTableWriter : IDisposable
{
    private readonly Stream bytes;
    private readonly CsvCells cells;
    private readonly bool excel;
    private readonly byte[] newLine;
    private readonly bool[] numeric;
    private readonly List<int>? rowEnds;
    private readonly int headerEnd;
    private bool finished;

    /// <param name="numeric">Whether a column holds numbers: those are never neutralised, and the Excel dialect writes
    /// them with a decimal comma.</param>
    /// <param name="pool">Where the file's chunks come from (see <see cref="ByteChunks"/>).</param>
    /// <param name="sliced">Whether the file is cut into slices by rows (<see cref="CsvBytes.SliceInto"/>), so that
    /// where each row ends is noted.</param>
    public CsvTableWriter(
        IReadOnlyList<string> header,
        CsvDialect dialect,
        Func<int, bool> numeric,
        ChunkPool? pool = null,
        bool sliced = true)
        : this(header, dialect, numeric, new ByteChunks(pool), sliced)
    {
    }

    /// <summary>A file written into <paramref name="target"/> (a build's staged file), which the caller
    /// keeps.</summary>
    public CsvTableWriter(
        IReadOnlyList<string> header, CsvDialect dialect, Func<int, bool> numeric, Stream target, bool sliced)
    {
        rowEnds = sliced ? [] : null;
        bytes = target;
        excel = dialect == CsvDialect.SwedishExcel;
        cells = new CsvCells(target, excel ? (byte)';' : (byte)',');
        newLine = excel ? "\r\n"u8.ToArray() : "\n"u8.ToArray();
        this.numeric = Enumerable.Range(0, header.Count).Select(numeric).ToArray();

        // The Excel dialect starts with a byte order mark, so that Excel reads it as UTF-8 (as a StreamWriter over a
        // new file wrote it).
        if (excel && (!target.CanSeek || target.Position == 0))
        {
            cells.Add(Encoding.UTF8.Preamble);
        }

        for (var i = 0; i < header.Count; i++)
        {
            cells.Add(first: i == 0, header[i]);
        }

        cells.Add(newLine);
        headerEnd = checked((int)Written());
    }

    public void Add(IReadOnlyList<string> row)
    {
        // The published tables' rows are arrays (DataTable), read as arrays: through the interface, a national build's
        // 5 million cells were 10 million calls through the runtime's dispatch stubs (bench/profile: 1.5 % of the
        // build's samples, called from the rows' writer). Other callers (import) give any list.
        if (row is string[] values)
        {
            for (var i = 0; i < values.Length; i++)
            {
                Field(i, values[i]);
            }
        }
        else
        {
            for (var i = 0; i < row.Count; i++)
            {
                Field(i, row[i]);
            }
        }

        cells.Add(newLine);
        rowEnds?.Add(checked((int)cells.End));
        cells.DrainWhenFull();
    }

    /// <summary>Where the next row will start: what has been written so far, written out.</summary>
    public long Written()
    {
        cells.Drain();
        return bytes.Length;
    }

    /// <summary>
    /// Rows as this writer wrote them before (<see cref="BlockedRows"/> copies them from the last build's file),
    /// added as they are. False, with nothing added, when they are not <paramref name="count"/> whole rows.
    /// </summary>
    public bool AddWritten(ReadOnlySpan<byte> rows, int count)
    {
        var start = Written();
        if (!RowEnds(rows, count, rowEnds, checked((int)start)))
        {
            return false;
        }

        bytes.Write(rows);
        return true;
    }

    /// <summary>
    /// Whether <paramref name="rows"/> are <paramref name="count"/> whole rows, noting where each ends (after
    /// <paramref name="start"/>) in <paramref name="ends"/>. A row ends at a line feed outside quotes: a cell with a
    /// line break in it is quoted, and a quote inside one doubled.
    /// </summary>
    private static bool RowEnds(ReadOnlySpan<byte> rows, int count, List<int>? ends, int start)
    {
        var noted = ends?.Count ?? 0;
        var found = 0;
        var quoted = false;
        for (var at = 0; at < rows.Length;)
        {
            var next = rows[at..].IndexOfAny((byte)'"', (byte)'\n');
            if (next < 0)
            {
                break;
            }

            at += next + 1;
            if (rows[at - 1] == (byte)'"')
            {
                quoted = !quoted;
            }
            else if (!quoted)
            {
                found++;
                ends?.Add(start + at);
            }
        }

        if (found == count && !quoted && rows.Length > 0 && rows[^1] == (byte)'\n')
        {
            return true;
        }

        ends?.RemoveRange(noted, ends.Count - noted);
        return false;
    }

    private void Field(int column, string value)
    {
        if (numeric[column])
        {
            cells.Add(first: column == 0, value, comma: excel);
        }
        else
        {
            cells.Add(first: column == 0, Neutralise(value));
        }
    }

    /// <summary>The file as written, kept in memory; nothing may be added after this.</summary>
    public CsvBytes Finish()
    {
        // Written out before the chunks are frozen at their length.
        Complete();
        return Finish(((ByteChunks)bytes).Freeze());
    }

    /// <summary>The file as written, read from <paramref name="written"/>: where a staged file is read back.</summary>
    public CsvBytes Finish(ITableBytes written)
    {
        Complete();
        return new CsvBytes(written, headerEnd, rowEnds ?? []);
    }

    public void Dispose() => Complete();

    /// <summary>Writes out what the writers still hold: a staged file is complete before it is closed.</summary>
    public void Complete()
    {
        if (!finished)
        {
            finished = true;
            cells.Dispose();
        }
    }

    // A text cell a spreadsheet would run as a formula gets a leading apostrophe.
    private static string Neutralise(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
}
