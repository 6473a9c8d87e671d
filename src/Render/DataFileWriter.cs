using System.Buffers;
using System.Security.Cryptography;
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
            void Emit(OutputFile file, DataTableSpec? spec = null)
            {
                described.Add(new DataFileEntry(file.RelativePath, Sha256(file.Content), file.Content.Length, spec?.Name));
                DeterministicZip.Add(zip, file.RelativePath["data/".Length..], file.Content);
                write(file);
            }

            var results = tables.Single(t => t.Spec == DataSpecs.SchoolResults);
            var header = results.Spec.Header.ToList();
            var bySchool = new ResultSlices(header.IndexOf("school_code"));
            var byDistrict = new ResultSlices(header.IndexOf("district"));
            (CsvBytes Plain, CsvBytes Excel)? resultFiles = null;
            var aggregates = tables.Single(t => t.Spec == MeanSpecs.Aggregates.Spec);
            var byArea = new ResultSlices(aggregates.Spec.Header.ToList().IndexOf("area"));
            (CsvBytes Plain, CsvBytes Excel)? aggregateFiles = null;
            foreach (var table in tables)
            {
                bool Numeric(int i) => table.Spec.Columns[i].IsNumeric;
                Action<IReadOnlyList<string>>? seen = table == results ? row => { bySchool.Add(row); byDistrict.Add(row); } : table == aggregates ? byArea.Add : null;
                var (plain, excel) = WriteBoth(table, Numeric, seen);
                Emit(new OutputFile(Routes.Data(table.Spec).TrimStart('/'), plain.Bytes));
                Emit(new OutputFile(Routes.Data(table.Spec, excel: true).TrimStart('/'), excel.Bytes));
                if (table == results)
                {
                    resultFiles = (plain, excel);
                }
                else if (table == aggregates)
                {
                    aggregateFiles = (plain, excel);
                }
            }

            foreach (var (slices, href) in new[] { (bySchool, (Func<string, bool, string>)Routes.SchoolSlice), (byDistrict, (Func<string, bool, string>)Routes.DistrictSlice) })
            {
                foreach (var (key, rows) in slices.Groups)
                {
                    Emit(new OutputFile(href(key, false).TrimStart('/'), resultFiles!.Value.Plain.Slice(rows)));
                    Emit(new OutputFile(href(key, true).TrimStart('/'), resultFiles.Value.Excel.Slice(rows)));
                }
            }

            // A district's download has its means, the city's and the gap, not only its school rows.
            var city = byArea.Groups.FirstOrDefault(g => g.Key == Compute.Analysis.Aggregates.CityArea).Rows ?? [];
            foreach (var (key, rows) in byArea.Groups.Where(g => g.Key != Compute.Analysis.Aggregates.CityArea))
            {
                var both = rows.Concat(city).Order().ToList();
                Emit(new OutputFile(Routes.DistrictMeans(key).TrimStart('/'), aggregateFiles!.Value.Plain.Slice(both)), aggregates.Spec);
                Emit(new OutputFile(Routes.DistrictMeans(key, excel: true).TrimStart('/'), aggregateFiles.Value.Excel.Slice(both)), aggregates.Spec);
            }

            foreach (var file in DataPackage.SchemaFiles(tables).DistinctBy(f => f.RelativePath))
            {
                Emit(file);
            }

            Emit(new OutputFile("data/datapackage.json", DataPackage.Json(tables, info, described)));
        }

        write(new OutputFile("data/" + DataPackage.ZipName, zipBytes.Freeze()));
        return described.Count + 1;
    }

    /// <summary>
    /// Both dialects of a table in one pass over its rows: they are made on the fly from the model, and making them
    /// twice cost as much as writing them.
    /// </summary>
    private static (CsvBytes Plain, CsvBytes Excel) WriteBoth(DataTable table, Func<int, bool> numeric, Action<IReadOnlyList<string>>? seen)
    {
        using var plain = new CsvTableWriter(table.Spec.Header, CsvDialect.Rfc4180, numeric);
        using var excel = new CsvTableWriter(table.Spec.ExcelHeader, CsvDialect.SwedishExcel, numeric);
        foreach (var row in table.Rows)
        {
            plain.Add(row);
            excel.Add(table.Spec.ExcelRow(row));
            seen?.Invoke(row);
        }

        return (plain.Finish(), excel.Finish());
    }

    private static string Sha256(ReadOnlySequence<byte> content)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in content)
        {
            hash.AppendData(part.Span);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
