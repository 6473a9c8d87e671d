using System.Buffers;
using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Site.Render;

/// <summary>
/// One CSV file being written a row at a time (with CsvHelper, so quoting is always right), noting where each row
/// ends. Rows are handed in by the caller, so that two dialects of a table are written in one pass over rows made on
/// the fly: making a national table's rows took as long as writing them.
/// </summary>
public sealed class CsvTableWriter : IDisposable
{
    private readonly Stream bytes;
    private readonly StreamWriter text;
    private readonly CsvWriter csv;
    private readonly bool excel;
    private readonly bool[] numeric;
    private readonly List<int>? rowEnds;
    private readonly int headerEnd;
    private bool finished;

    /// <param name="numeric">Whether a column holds numbers: those are never neutralised, and the Excel dialect writes
    /// them with a decimal comma.</param>
    /// <param name="pool">Where the file's chunks come from (see <see cref="ByteChunks"/>).</param>
    /// <param name="sliced">Whether the file is cut into slices by rows (<see cref="CsvBytes.SliceInto"/>), so that
    /// where each row ends is noted: that takes flushing both writers after every row, wasted on a table that is never
    /// sliced, such as Stockholm's largest (the municipality reports, 5 MB in each dialect).</param>
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
        this.numeric = Enumerable.Range(0, header.Count).Select(numeric).ToArray();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            NewLine = excel ? "\r\n" : "\n",
            Delimiter = excel ? ";" : ",",
            ShouldQuote = ShouldQuote,
        };
        // Written as UTF-8 straight into small chunks: a national table as a .NET string would be twice its size.
        text = new StreamWriter(bytes, new UTF8Encoding(excel), 4096, leaveOpen: true);
        csv = new CsvWriter(text, config);
        foreach (var name in header)
        {
            csv.WriteField(name);
        }

        csv.NextRecord();
        csv.Flush();
        headerEnd = checked((int)bytes.Length);
    }

    public void Add(IReadOnlyList<string> row)
    {
        // The published tables' rows are arrays (DataTable), read as arrays: through the interface, a national build's
        // 5 million cells were 10 million calls through the runtime's dispatch stubs (bench/profile: 1.5 % of the
        // build's samples, called from the rows' writer). Other callers (import) give any list.
        if (row is string[] cells)
        {
            for (var i = 0; i < cells.Length; i++)
            {
                Field(i, cells[i]);
            }
        }
        else
        {
            for (var i = 0; i < row.Count; i++)
            {
                Field(i, row[i]);
            }
        }

        csv.NextRecord();
        if (rowEnds is not null)
        {
            csv.Flush();
            rowEnds.Add(checked((int)bytes.Length));
        }
    }

    /// <summary>Where the next row will start: what has been written so far, written out.</summary>
    public long Written()
    {
        csv.Flush();
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
    /// <paramref name="start"/>) in <paramref name="ends"/>. A row ends at a line feed outside quotes: CsvHelper quotes
    /// a cell with a line break in it, and doubles a quote inside one.
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

    private void Field(int column, string value) =>
        csv.WriteField(numeric[column] ? (excel ? value.Replace('.', ',') : value) : Neutralise(value));

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
            csv.Dispose();
            text.Dispose();
        }
    }

    // CsvHelper's rule quotes a cell with a quote, the delimiter, a space at either end or the dialect's line end. Most
    // cells are plain numbers and codes: its rule, with a look-up of the configuration and a search of the cell per
    // character, was 7 % of a national build's data stage in a profile, so it is asked only about a cell that has one
    // of these characters.
    private static readonly SearchValues<char> QuoteCharacters = SearchValues.Create("\",;");
    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\r\n");

    /// <summary>
    /// CsvHelper's rule, and any line break besides: with the line end set to CRLF (the Excel dialect), its rule quoted
    /// only a cell holding CRLF, and a cell with a bare line feed broke its row in two.
    /// </summary>
    private static bool ShouldQuote(ShouldQuoteArgs args) =>
        args.Field is { Length: > 0 } field
        && (field.AsSpan().ContainsAny(LineBreaks)
            || ((field[0] == ' ' || field[^1] == ' ' || field.AsSpan().ContainsAny(QuoteCharacters))
                && ConfigurationFunctions.ShouldQuote(args)));

    // A text cell a spreadsheet would run as a formula gets a leading apostrophe.
    private static string Neutralise(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
}
