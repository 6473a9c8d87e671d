using System.Buffers;

namespace Site.Render;

/// <summary>Writes RFC 4180 CSV (UTF-8 without BOM, LF line ends, decimal point) by
/// <see cref="CsvTableWriter"/>.</summary>
public static class CsvText
{
    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows) =>
        Write(header, rows, CsvDialect.Rfc4180, _ => false);

    /// <summary>
    /// Writes a table in a dialect. Text cells that a spreadsheet would run as a formula (starting with = + - @ or a
    /// tab) get a leading apostrophe; numeric columns are left alone, so numbers stay numbers.
    /// </summary>
    public static byte[] Write(
        IReadOnlyList<string> header,
        IEnumerable<IReadOnlyList<string>> rows,
        CsvDialect dialect,
        Func<int, bool> numeric)
    {
        var table = WriteTable(header, rows, dialect, numeric).Bytes;
        var bytes = new byte[table.Length];
        table.CopyTo(0, bytes);
        return bytes;
    }

    /// <summary>Writes a table as
    /// <see cref="Write(IReadOnlyList{string}, IEnumerable{IReadOnlyList{string}}, CsvDialect, Func{int, bool})"/>
    /// does, and notes where each row ends.</summary>
    /// <param name="seen">Called with each row as it is written, for anything else wanted of rows made on the
    /// fly.</param>
    public static CsvBytes WriteTable(
        IReadOnlyList<string> header,
        IEnumerable<IReadOnlyList<string>> rows,
        CsvDialect dialect,
        Func<int, bool> numeric,
        Action<IReadOnlyList<string>>? seen = null)
    {
        using var table = new CsvTableWriter(header, dialect, numeric);
        foreach (var row in rows)
        {
            table.Add(row);
            seen?.Invoke(row);
        }

        return table.Finish();
    }
}
