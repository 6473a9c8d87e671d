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
    private readonly ByteChunks bytes = new();
    private readonly StreamWriter text;
    private readonly CsvWriter csv;
    private readonly bool excel;
    private readonly Func<int, bool> numeric;
    private readonly List<int> rowEnds = [];
    private readonly int headerEnd;
    private bool finished;

    /// <param name="numeric">Whether a column holds numbers: those are never neutralised, and the Excel dialect writes
    /// them with a decimal comma.</param>
    public CsvTableWriter(IReadOnlyList<string> header, CsvDialect dialect, Func<int, bool> numeric)
    {
        excel = dialect == CsvDialect.SwedishExcel;
        this.numeric = numeric;
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            NewLine = excel ? "\r\n" : "\n",
            Delimiter = excel ? ";" : ",",
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
        for (var i = 0; i < row.Count; i++)
        {
            csv.WriteField(numeric(i) ? (excel ? row[i].Replace('.', ',') : row[i]) : Neutralise(row[i]));
        }

        csv.NextRecord();
        csv.Flush();
        rowEnds.Add(checked((int)bytes.Length));
    }

    /// <summary>The file as written; nothing may be added after this.</summary>
    public CsvBytes Finish()
    {
        Close();
        return new CsvBytes(bytes.Freeze(), headerEnd, rowEnds);
    }

    public void Dispose() => Close();

    private void Close()
    {
        if (!finished)
        {
            finished = true;
            csv.Dispose();
            text.Dispose();
        }
    }

    // A text cell a spreadsheet would run as a formula gets a leading apostrophe.
    private static string Neutralise(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
}
