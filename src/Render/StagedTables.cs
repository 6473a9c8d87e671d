using System.Text;
using Site.Compute.Analysis;
using Site.Compute.Data;

namespace Site.Render;

/// <summary>
/// A build's tables, written straight into their files in the staging folder and read back from there for their
/// slices, hash and zip entry (<see cref="StagedTableFile"/>): a national table is never held in memory.
/// </summary>
public static class StagedTables
{
    /// <param name="seen">Called with each row, as it is written (the slices note their rows).</param>
    /// <param name="paths">The two files' paths in the site, as the data stage names them.</param>
    /// <param name="blocks">The last build's blocks of rows, copied where this table has the same (see
    /// <see cref="TableBlocks"/>), and this build's, noted; null writes every row.</param>
    /// <param name="mapped">Whether its slices are read from the files mapped into memory (see
    /// <see cref="StagedTableFile"/>).</param>
    public static (CsvBytes Plain, CsvBytes Excel) Write(
        DataTable table,
        Func<int, bool> numeric,
        Action<IReadOnlyList<string>>? seen,
        PackageTarget package,
        (string Plain, string Excel) paths,
        TableBlocks? blocks = null,
        bool mapped = false)
    {
        var sliced = seen is not null;
        var (plainPath, excelPath) = paths;
        var columns = Columns(table.Spec, numeric);
        using var last = blocks?.Last(plainPath, excelPath, columns);
        (CsvTableWriter Writer, TableFileStream File)? plain = null, excel = null;
        (IReadOnlyList<TableBlock> Blocks, int Copied) written = ([], 0);
        try
        {
            // Both files are open at once, as both dialects are written in one pass over the rows.
            package.Write(plainPath, plainFile => package.Write(excelPath, excelFile =>
            {
                plain = Open(new TableFileStream(plainFile), table.Spec.Header, CsvDialect.Rfc4180);
                excel = Open(new TableFileStream(excelFile), table.Spec.ExcelHeader, CsvDialect.SwedishExcel);
                if (blocks is null)
                {
                    DataFileWriter.WriteRows(table, plain.Value.Writer, excel.Value.Writer, seen);
                }
                else
                {
                    written = WriteBlocks(table, plain.Value.Writer, excel.Value.Writer, seen, last);
                }

                plain.Value.Writer.Complete();
                excel.Value.Writer.Complete();
            }));
            blocks?.Add(
                new TableFiles(
                    PlainPath: plainPath,
                    PlainHash: plain!.Value.File.Fingerprint,
                    PlainLength: plain.Value.File.Length,
                    ExcelPath: excelPath,
                    ExcelHash: excel!.Value.File.Fingerprint,
                    ExcelLength: excel.Value.File.Length,
                    Columns: columns,
                    Blocks: written.Blocks),
                written.Copied);
            return (ReadBack(plain!.Value, plainPath, excel: false), ReadBack(excel!.Value, excelPath, excel: true));
        }
        finally
        {
            plain?.Writer.Dispose();
            excel?.Writer.Dispose();
        }

        (CsvTableWriter, TableFileStream) Open(TableFileStream file, IReadOnlyList<string> header, CsvDialect dialect)
            => (new CsvTableWriter(header, dialect, numeric, file, sliced), file);

        // A table written in blocks keys its slices by them; one written whole (no blocks) by their bytes.
        CsvBytes ReadBack((CsvTableWriter Writer, TableFileStream File) table, string path, bool excel) =>
            table.Writer.Finish(
                new StagedTableFile(package.Open(path), table.File.Length, table.File.Fingerprint, mapped)) with
            {
                Keys = blocks is null || !sliced ? null : new SliceKeys(columns, excel, written.Blocks),
            };
    }

    private static (IReadOnlyList<TableBlock>, int) WriteBlocks(
        DataTable table,
        CsvTableWriter plain,
        CsvTableWriter excel,
        Action<IReadOnlyList<string>>? seen,
        LastTable? last)
    {
        using var rows = table.Open();
        var blocked = new BlockedRows(plain, excel, rows, table.Spec.ExcelRows(), last);
        while (rows.MoveNext())
        {
            blocked.Add();
            // The current row as its cells: a slice reads its key's column only.
            seen?.Invoke(rows);
        }

        blocked.Finish();
        return (blocked.Blocks, blocked.Copied);
    }

    /// <summary>What a table's rows are written under: both dialects' headers and which columns are numbers.</summary>
    private static Hash128 Columns(DataTableSpec spec, Func<int, bool> numeric)
    {
        var text = string.Join('\n', spec.Header) + "\0" + string.Join('\n', spec.ExcelHeader) + "\0"
            + string.Concat(Enumerable.Range(0, spec.Header.Count).Select(i => numeric(i) ? '1' : '0'));
        return Hash128.Of(Encoding.UTF8.GetBytes(text));
    }
}
