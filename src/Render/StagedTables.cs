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
    /// <param name="mapped">Whether its slices are read from the files mapped into memory (see
    /// <see cref="StagedTableFile"/>).</param>
    public static (CsvBytes Plain, CsvBytes Excel) Write(
        DataTable table,
        Func<int, bool> numeric,
        Action<IReadOnlyList<string>>? seen,
        PackageTarget package,
        (string Plain, string Excel) paths,
        bool mapped = false)
    {
        var sliced = seen is not null;
        var (plainPath, excelPath) = paths;
        (CsvTableWriter Writer, TableFileStream File)? plain = null, excel = null;
        try
        {
            // Both files are open at once, as both dialects are written in one pass over the rows.
            package.Write(plainPath, plainFile => package.Write(excelPath, excelFile =>
            {
                plain = Open(new TableFileStream(plainFile), table.Spec.Header, CsvDialect.Rfc4180);
                excel = Open(new TableFileStream(excelFile), table.Spec.ExcelHeader, CsvDialect.SwedishExcel);
                DataFileWriter.WriteRows(table, plain.Value.Writer, excel.Value.Writer, seen);
                plain.Value.Writer.Complete();
                excel.Value.Writer.Complete();
            }));
            return (ReadBack(plain!.Value, plainPath), ReadBack(excel!.Value, excelPath));
        }
        finally
        {
            plain?.Writer.Dispose();
            excel?.Writer.Dispose();
        }

        (CsvTableWriter, TableFileStream) Open(TableFileStream file, IReadOnlyList<string> header, CsvDialect dialect)
            => (new CsvTableWriter(header, dialect, numeric, file, sliced), file);

        CsvBytes ReadBack((CsvTableWriter Writer, TableFileStream File) written, string path) => written.Writer.Finish(
            new StagedTableFile(package.Open(path), written.File.Length, written.File.Fingerprint, mapped));
    }
}
