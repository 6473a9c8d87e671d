using Site.Compute;
using Site.Compute.Data;

namespace Site.Render;

/// <summary>
/// Renders the published tables as files: each in both dialects under stable URLs (/data/NAME.csv and
/// /data/excel/NAME.csv), each school's and district's slice of the school results, datapackage.json and a zip of it all.
/// </summary>
public static class DataFileWriter
{
    public static IReadOnlyList<OutputFile> Build(IReadOnlyList<DataTable> tables, DataPackageInfo info)
    {
        var files = new List<OutputFile>();
        foreach (var table in tables)
        {
            files.AddRange(Both(DownloadCatalog.Href(table.Spec), DownloadCatalog.Href(table.Spec, excel: true), table.Spec, table.Rows));
        }

        var results = tables.Single(t => t.Spec == DataSpecs.SchoolResults);
        var codeColumn = results.Spec.Header.ToList().IndexOf("school_code");
        var districtColumn = results.Spec.Header.ToList().IndexOf("district");
        foreach (var school in results.Rows.GroupBy(r => r[codeColumn], StringComparer.Ordinal))
        {
            files.AddRange(Both(DownloadCatalog.SchoolSlice(school.Key), DownloadCatalog.SchoolSlice(school.Key, excel: true), results.Spec, school.ToList()));
        }

        foreach (var district in results.Rows.Where(r => r[districtColumn].Length > 0).GroupBy(r => r[districtColumn], StringComparer.Ordinal))
        {
            files.AddRange(Both(DownloadCatalog.DistrictSlice(district.Key), DownloadCatalog.DistrictSlice(district.Key, excel: true), results.Spec, district.ToList()));
        }

        files.AddRange(DataPackage.SchemaFiles(tables).DistinctBy(f => f.RelativePath));
        files.Add(new OutputFile("data/datapackage.json", DataPackage.Json(tables, info, files)));

        // The zip holds exactly what datapackage.json describes, so the package is whole offline too.
        files.Add(new OutputFile("data/" + DataPackage.ZipName, DeterministicZip.Create(files.Select(f => new OutputFile(f.RelativePath["data/".Length..], f.Bytes)))));
        return files;
    }

    private static IEnumerable<OutputFile> Both(string href, string excelHref, DataTableSpec spec, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        bool Numeric(int i) => spec.Columns[i].IsNumeric;
        yield return new OutputFile(href.TrimStart('/'), CsvText.Write(spec.Header, rows, CsvDialect.Rfc4180, Numeric));
        yield return new OutputFile(excelHref.TrimStart('/'), CsvText.Write(spec.Header, rows, CsvDialect.SwedishExcel, Numeric));
    }
}
