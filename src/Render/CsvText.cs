using System.Buffers;
using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Site.Render;

/// <summary>Writes RFC 4180 CSV (UTF-8 without BOM, LF line ends, decimal point) with CsvHelper, so quoting is always right.</summary>
public static class CsvText
{
    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows) =>
        Write(header, rows, CsvDialect.Rfc4180, _ => false);

    /// <summary>
    /// Writes a table in a dialect. Text cells that a spreadsheet would run as a formula (starting with = + - @ or a tab)
    /// get a leading apostrophe; numeric columns are left alone, so numbers stay numbers.
    /// </summary>
    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, CsvDialect dialect, Func<int, bool> numeric) =>
        WriteTable(header, rows, dialect, numeric).Bytes.Sequence.ToArray();

    /// <summary>Writes a table as <see cref="Write(IReadOnlyList{string}, IEnumerable{IReadOnlyList{string}}, CsvDialect, Func{int, bool})"/> does, and notes where each row ends.</summary>
    /// <param name="seen">Called with each row as it is written, for anything else wanted of rows made on the fly.</param>
    public static CsvBytes WriteTable(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, CsvDialect dialect, Func<int, bool> numeric, Action<IReadOnlyList<string>>? seen = null)
    {
        var excel = dialect == CsvDialect.SwedishExcel;
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = excel ? "\r\n" : "\n", Delimiter = excel ? ";" : "," };
        // Written as UTF-8 straight into small chunks: a national table as a .NET string would be twice its size, then copied.
        using var bytes = new ByteChunks();
        var rowEnds = new List<int>();
        int headerEnd;
        using (var text = new StreamWriter(bytes, new UTF8Encoding(excel), 4096, leaveOpen: true))
        using (var csv = new CsvWriter(text, config))
        {
            foreach (var name in header)
            {
                csv.WriteField(name);
            }

            csv.NextRecord();
            csv.Flush();
            headerEnd = checked((int)bytes.Length);
            foreach (var row in rows)
            {
                for (var i = 0; i < row.Count; i++)
                {
                    var field = numeric(i) ? (excel ? row[i].Replace('.', ',') : row[i]) : Neutralise(row[i]);
                    csv.WriteField(field);
                }

                csv.NextRecord();
                csv.Flush();
                rowEnds.Add(checked((int)bytes.Length));
                seen?.Invoke(row);
            }
        }

        return new CsvBytes(bytes.Freeze(), headerEnd, rowEnds);
    }

    private static string Neutralise(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
}
