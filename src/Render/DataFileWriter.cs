using Site.Compute;
using Site.Compute.Data;

namespace Site.Render;

/// <summary>
/// Renders the published tables as files: each in both dialects under stable URLs (/data/NAME.csv and
/// /data/excel/NAME.csv), each school's and district's slice of the school results, datapackage.json and a zip of it all.
/// </summary>
public static class DataFileWriter
{
    /// <param name="write">Takes each file as soon as it is made (the write stage); only the zip is held until the end.</param>
    /// <returns>How many files were made.</returns>
    public static int Build(IReadOnlyList<DataTable> tables, DataPackageInfo info, Action<OutputFile> write)
    {
        var described = new List<DataFileEntry>();
        using var zipBytes = new ByteChunks();
        using (var zip = DeterministicZip.Open(zipBytes))
        {
            // The zip holds exactly what datapackage.json describes, so the package is whole offline too.
            void Emit(OutputFile file)
            {
                described.Add(new DataFileEntry(file.RelativePath, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(file.Bytes)), file.Bytes.Length));
                DeterministicZip.Add(zip, file.RelativePath["data/".Length..], file.Bytes);
                write(file);
            }

            // Every school's and district's slice of the school results is cut from the bytes of the whole table (in each
            // dialect): ten thousand small files written again by CsvHelper cost more than the rest of the data files.
            var results = tables.Single(t => t.Spec == DataSpecs.SchoolResults);
            var written = new Dictionary<DataTableSpec, (CsvBytes Plain, CsvBytes Excel)>();
            foreach (var table in tables)
            {
                bool Numeric(int i) => table.Spec.Columns[i].IsNumeric;
                var both = (CsvText.WriteTable(table.Spec.Header, table.Rows, CsvDialect.Rfc4180, Numeric), CsvText.WriteTable(table.Spec.Header, table.Rows, CsvDialect.SwedishExcel, Numeric));
                Emit(new OutputFile(DownloadCatalog.Href(table.Spec).TrimStart('/'), both.Item1.Bytes));
                Emit(new OutputFile(DownloadCatalog.Href(table.Spec, excel: true).TrimStart('/'), both.Item2.Bytes));
                written[table.Spec] = both;
            }

            var (plain, excel) = written[results.Spec];
            void Slices(int column, Func<string, bool, string> href)
            {
                var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
                var order = new List<string>();
                for (var i = 0; i < results.Rows.Count; i++)
                {
                    var key = results.Rows[i][column];
                    if (key.Length == 0)
                    {
                        continue;
                    }

                    if (!groups.TryGetValue(key, out var rows))
                    {
                        groups[key] = rows = [];
                        order.Add(key);
                    }

                    rows.Add(i);
                }

                foreach (var key in order)
                {
                    Emit(new OutputFile(href(key, false).TrimStart('/'), plain.Slice(groups[key])));
                    Emit(new OutputFile(href(key, true).TrimStart('/'), excel.Slice(groups[key])));
                }
            }

            written.Clear();
            Slices(results.Spec.Header.ToList().IndexOf("school_code"), DownloadCatalog.SchoolSlice);
            Slices(results.Spec.Header.ToList().IndexOf("district"), DownloadCatalog.DistrictSlice);
            foreach (var file in DataPackage.SchemaFiles(tables).DistinctBy(f => f.RelativePath))
            {
                Emit(file);
            }

            Emit(new OutputFile("data/datapackage.json", DataPackage.Json(tables, info, described)));
        }

        write(new OutputFile("data/" + DataPackage.ZipName, zipBytes.ToArray()));
        return described.Count + 1;
    }
}
