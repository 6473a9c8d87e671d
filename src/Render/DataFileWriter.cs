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
        using var zipBytes = new MemoryStream();
        using (var zip = DeterministicZip.Open(zipBytes))
        {
            // The zip holds exactly what datapackage.json describes, so the package is whole offline too.
            void Emit(OutputFile file)
            {
                described.Add(new DataFileEntry(file.RelativePath, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(file.Bytes)), file.Bytes.Length));
                DeterministicZip.Add(zip, file.RelativePath["data/".Length..], file.Bytes);
                write(file);
            }

            var results = tables.Single(t => t.Spec == DataSpecs.SchoolResults);
            var codeColumn = results.Spec.Header.ToList().IndexOf("school_code");
            var districtColumn = results.Spec.Header.ToList().IndexOf("district");
            var files = tables.SelectMany(t => Both(DownloadCatalog.Href(t.Spec), DownloadCatalog.Href(t.Spec, excel: true), t.Spec, t.Rows))
                .Concat(results.Rows.GroupBy(r => r[codeColumn], StringComparer.Ordinal)
                    .SelectMany(school => Both(DownloadCatalog.SchoolSlice(school.Key), DownloadCatalog.SchoolSlice(school.Key, excel: true), results.Spec, school.ToList())))
                .Concat(results.Rows.Where(r => r[districtColumn].Length > 0).GroupBy(r => r[districtColumn], StringComparer.Ordinal)
                    .SelectMany(district => Both(DownloadCatalog.DistrictSlice(district.Key), DownloadCatalog.DistrictSlice(district.Key, excel: true), results.Spec, district.ToList())))
                .Concat(DataPackage.SchemaFiles(tables).DistinctBy(f => f.RelativePath));
            foreach (var file in files)
            {
                Emit(file);
            }

            Emit(new OutputFile("data/datapackage.json", DataPackage.Json(tables, info, described)));
        }

        write(new OutputFile("data/" + DataPackage.ZipName, zipBytes.ToArray()));
        return described.Count + 1;
    }

    private static IEnumerable<OutputFile> Both(string href, string excelHref, DataTableSpec spec, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        bool Numeric(int i) => spec.Columns[i].IsNumeric;
        yield return new OutputFile(href.TrimStart('/'), CsvText.Write(spec.Header, rows, CsvDialect.Rfc4180, Numeric));
        yield return new OutputFile(excelHref.TrimStart('/'), CsvText.Write(spec.Header, rows, CsvDialect.SwedishExcel, Numeric));
    }
}
