using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;

namespace Site.Tests.Build;

/// <summary>The open-data package of the default site: complete, exact, and the two dialects agree.</summary>
public class DataPackageTests(RealSiteFixture site) : IClassFixture<RealSiteFixture>
{
    private string Data => Path.Combine(site.Output, "data");

    private JsonElement Package() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(Data, "datapackage.json"))).RootElement;

    [Fact]
    public void The_package_describes_every_csv_file_and_nothing_else()
    {
        var described = Package()
            .GetProperty("resources")
            .EnumerateArray()
            .Select(r => r.GetProperty("path").GetString()!)
            .Order(StringComparer.Ordinal)
            .ToList();
        var existing = Directory.GetFiles(Data, "*.csv", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Data, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(existing, described);
    }

    [Fact]
    public void Every_resource_has_its_hash_and_a_schema_whose_fields_are_the_header()
    {
        foreach (var resource in Package().GetProperty("resources").EnumerateArray())
        {
            var path = Path.Combine(Data, resource.GetProperty("path").GetString()!);
            var bytes = File.ReadAllBytes(path);
            Assert.Equal(
                "sha256:" + Convert.ToHexStringLower(SHA256.HashData(bytes)),
                resource.GetProperty("hash").GetString());
            var schema = JsonDocument.Parse(
                File.ReadAllText(Path.Combine(Data, resource.GetProperty("schema").GetString()!))).RootElement;
            var delimiter = resource.GetProperty("dialect").GetProperty("delimiter").GetString()!;
            var header = File.ReadLines(path).First().TrimStart('\uFEFF').Split(delimiter);
            Assert.Equal(
                header,
                schema.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()));
            Assert.All(
                schema.GetProperty("fields").EnumerateArray(),
                f => Assert.False(string.IsNullOrWhiteSpace(f.GetProperty("x-description-en").GetString())));
        }
    }

    [Fact]
    public void Every_schema_file_is_used_by_a_resource()
    {
        var used = Package()
            .GetProperty("resources")
            .EnumerateArray()
            .Select(r => r.GetProperty("schema").GetString()!)
            .ToHashSet();
        var files = Directory.GetFiles(Path.Combine(Data, "schemas")).Select(f => "schemas/" + Path.GetFileName(f));

        Assert.All(files, f => Assert.Contains(f, used));
    }

    private static readonly Dictionary<string, string> SwedishLabels = new()
    {
        ["city"] = "staden",
        ["district"] = "stadsdelsområde",
        ["all"] = "alla",
        ["municipal"] = "kommunal",
        ["independent"] = "fristående",
        ["merit_value"] = "meritvärde",
        ["all_subjects_passed_pct"] = "andel_klarat_alla_ämnen",
        ["eligible_vocational_pct"] = "andel_behöriga_yrkesprogram",
        ["unweighted"] = "oviktat",
        ["pupil_weighted"] = "elevviktat",
        ["ok"] = "redovisat",
        ["suppressed"] = "för_få_elever",
        ["missing"] = "saknas",
        ["rounded_100"] = "nära_100",
        ["clearly_above"] = "klart_över",
        ["clearly_below"] = "klart_under",
        ["within_expected"] = "kan_inte_skiljas_från_förväntat",
        ["true"] = "ja",
        ["false"] = "nej",
        ["count"] = "antal",
        ["nearest_year_count"] = "antal_närmaste_läsår",
        ["median_count"] = "medianantal",
        ["smallest_published_group"] = "minsta_redovisade_grupp",
    };

    [Fact]
    public void The_excel_dialect_speaks_swedish_and_every_column_has_a_swedish_header()
    {
        Assert.Equal(
            "skolenhetskod;läsår;mått",
            string.Join(
                ';',
                File.ReadLines(Path.Combine(Data, "excel", "school_results.csv"))
                    .First()
                    .TrimStart('\uFEFF')
                    .Split(';')
                    .Where(h => h is "skolenhetskod" or "läsår" or "mått")));
        foreach (var spec in Site.Compute.Data.DataSpecs.All)
        {
            var header = File.ReadLines(Path.Combine(Data, "excel", spec.File)).First().TrimStart('\uFEFF').Split(';');
            Assert.Equal(spec.Columns.Count, header.Length);
            Assert.DoesNotContain(
                header,
                h => spec.Columns.Any(c => c.Name == h && c.Name.Contains('_', StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void The_excel_dialect_has_the_same_numbers_as_the_rfc_4180_file()
    {
        foreach (var name in new[] { "aggregates.csv", "school_results.csv", "expected.csv", "funding.csv" })
        {
            var rfc = ReadCsv(Path.Combine(Data, name), ",");
            var excel = ReadCsv(Path.Combine(Data, "excel", name), ";");
            Assert.Equal(rfc.Count, excel.Count);
            // Row 0 is the header: English codes against Swedish headers (the test above).
            for (var i = 1; i < rfc.Count; i++)
            {
                for (var j = 0; j < rfc[i].Length; j++)
                {
                    var a = rfc[i][j];
                    var b = excel[i][j];
                    if (decimal.TryParse(a, NumberStyles.Number, CultureInfo.InvariantCulture, out var x)
                        && a.Contains('.'))
                    {
                        Assert.Equal(x, decimal.Parse(b.Replace(',', '.'), CultureInfo.InvariantCulture));
                        Assert.DoesNotContain('.', b);
                    }
                    else
                    {
                        // A code has its Swedish label in the Excel file (written down by hand here, not taken from the
                        // code).
                        Assert.Equal(SwedishLabels.GetValueOrDefault(a, a), b);
                    }
                }
            }
        }

        Assert.Equal([0xEF, 0xBB, 0xBF], File.ReadAllBytes(Path.Combine(Data, "excel", "schools.csv")).Take(3));
    }

    [Fact]
    public void Each_school_and_district_page_links_its_own_slice()
    {
        var school = site.Page("/skolor/99648792/");
        var district = site.Page("/omraden/norrmalm/");

        Assert.Contains(
            school.QuerySelectorAll("#download ~ ul a").Select(a => a.GetAttribute("href")),
            h => h == "/data/skolor/99648792.csv");
        Assert.Contains(
            district.QuerySelectorAll("#download ~ ul a").Select(a => a.GetAttribute("href")),
            h => h == "/data/excel/omraden/norrmalm.csv");
        var slice = File.ReadAllLines(Path.Combine(Data, "skolor", "99648792.csv"));
        Assert.Equal(16, slice.Length);
        Assert.Contains(
            slice,
            l => l.StartsWith(
                "99648792,Adolf Fredriks musikklasser,norrmalm,municipal,2024/25,merit_value,ok,299.1,192",
                StringComparison.Ordinal));
    }

    [Fact]
    public void The_zip_holds_the_package()
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(Path.Combine(Data, "skolresultat.zip"));
        var names = zip.Entries.Select(e => e.FullName).ToHashSet();

        Assert.Contains("datapackage.json", names);
        Assert.All(
            Package().GetProperty("resources").EnumerateArray(),
            r => Assert.Contains(r.GetProperty("path").GetString()!, names));
    }

    private static List<string[]> ReadCsv(string path, string delimiter)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvHelper.CsvReader(
            reader,
            new CsvHelper.Configuration.CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = delimiter });
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add(Enumerable.Range(0, csv.Parser.Count).Select(i => csv.GetField(i)!).ToArray());
        }

        return rows;
    }
}
