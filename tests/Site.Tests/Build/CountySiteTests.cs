using System.Globalization;
using System.Text.Json;

namespace Site.Tests.Build;

/// <summary>
/// Stockholms län (examples/stockholms-lan): the county's 26 municipalities are the areas, with five school years from
/// the saved API responses. Figures are recomputed here from the source rows themselves (the export's lines and the
/// API's JSON), with none of the site's code.
/// </summary>
public class CountySiteTests(CountySiteTests.CountySite site) : IClassFixture<CountySiteTests.CountySite>
{
    public sealed class CountySite() : BuiltSite(Folder, Path.Combine(TestPaths.Repo, "input"));

    private static string Folder => Path.Combine(TestPaths.Repo, "examples", "stockholms-lan");

    private static string Statistics => Path.Combine(Folder, "sources", "skolverket-api", "statistics-gr");

    /// <summary>The export's rows of the county's schools: code, name, municipality, pupils and merit value as
    /// written.</summary>
    private static List<string[]> ExportRows() =>
        File.ReadLines(TestPaths.RealExport).Skip(6).Select(l => l.TrimStart('\uFEFF').Split(';'))
            .Where(f => f.Length == 11 && f[1].Length == 8 && f[3].StartsWith("01", StringComparison.Ordinal)).ToList();

    private static decimal? Number(string? text) =>
        decimal.TryParse(
            text?.Replace(',', '.').Replace(" ", "", StringComparison.Ordinal),
            NumberStyles.Number,
            CultureInfo.InvariantCulture,
            out var v)
            ? v
            : null;

    private static string Swedish(decimal value) =>
        (value < 0 ? "−" : "") + Math.Abs(value).ToString("0.0", CultureInfo.InvariantCulture).Replace('.', ',');

    private static decimal Round(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);

    /// <summary>A school's merit value per school year, as its saved statistics/gr response gives it (EXISTS
    /// only).</summary>
    private static Dictionary<string, decimal> ApiMerit(string code)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Statistics, code + ".json")));
        return document.RootElement.GetProperty("averageGradesMeritRating9thGrade").EnumerateArray()
            .Where(i => i.GetProperty("valueType").GetString() == "EXISTS")
            .ToDictionary(
                i => i.GetProperty("timePeriod").GetString()!,
                i => Number(i.GetProperty("value").GetString())!.Value);
    }

    [Fact]
    public void Every_school_unit_of_the_26_municipalities_has_its_page_in_both_languages()
    {
        var rows = ExportRows();

        Assert.True(site.ExitCode == 0, site.Log);
        Assert.Equal(402, rows.Count);
        Assert.Equal(26, rows.Select(r => r[3]).Distinct().Count());
        foreach (var language in new[] { "", "en" })
        {
            Assert.Equal(
                rows.Select(r => r[1]).Order().ToList(),
                Directory.GetDirectories(Path.Combine(site.Output, language, "skolor"))
                    .Select(d => Path.GetFileName(d)!)
                    .Order()
                    .ToList());
            Assert.Equal(26, Directory.GetDirectories(Path.Combine(site.Output, language, "omraden")).Length);
        }

        Assert.Equal(395, Directory.GetFiles(Statistics, "*.json").Length);
    }

    [Fact]
    public void Sodertaljes_mean_gap_trend_and_official_figure_come_from_the_source_rows()
    {
        var page = site.Page("/omraden/sodertalje/");
        var rows = ExportRows().Where(r => r[3] == "0181").Where(r => Number(r[10]) is not null).ToList();
        var weighted = Round(
            rows.Sum(r => Number(r[10])!.Value * Number(r[7])!.Value) / rows.Sum(r => Number(r[7])!.Value));

        Assert.Equal(Swedish(weighted), page.QuerySelector("tbody tr td .mean")!.TextContent);
        Assert.Equal("233,5", Swedish(weighted));

        // 2020/21 comes from the API alone: the unweighted means of the municipality's and the county's schools, each
        // rounded once, and the gap from the rounded means.
        var county = Directory.GetFiles(Statistics, "*.json").Select(f => Path.GetFileNameWithoutExtension(f)!)
            .Select(code => (Code: code, Merit: ApiMerit(code))).Where(s => s.Merit.ContainsKey("2020/21")).ToList();
        var municipality = ExportRows().Where(r => r[3] == "0181").Select(r => r[1]).ToHashSet();
        var countyMean = Round(county.Average(s => s.Merit["2020/21"]));
        var ownMean = Round(county.Where(s => municipality.Contains(s.Code)).Average(s => s.Merit["2020/21"]));
        var gapRow = page
            .QuerySelectorAll("#section-gap tbody tr")
            .First(r => r.QuerySelector("th")?.TextContent == "2020/21");
        Assert.Equal(Swedish(ownMean), gapRow.QuerySelectorAll("td")[0].TextContent.Trim());
        Assert.Equal(
            (ownMean - countyMean < 0 ? "−" : "+") + Swedish(Math.Abs(ownMean - countyMean)),
            gapRow.QuerySelectorAll("td")[1].TextContent.Trim());

        // Skolverket's own figure for Södertälje, 2024/25, all schools, from the municipality workbook.
        Assert.Contains(
            "Skolverkets genomsnittliga meritvärde för Södertälje läsåret 2024/25 är 232,7",
            page.Body!.TextContent,
            StringComparison.Ordinal);
        Assert.Contains(
            "Skillnaden i meritvärde mellan Södertälje och hela Stockholms län har",
            page.Body!.TextContent,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_school_shows_its_five_years_from_its_api_response_and_one_without_a_response_says_so()
    {
        var code = ExportRows().First(r => r[3] == "0181"
            && File.Exists(Path.Combine(Statistics, r[1] + ".json"))
            && ApiMerit(r[1]).Count == 5)[1];
        var results = File.ReadLines(Path.Combine(site.Output, "data", "school_results.csv")).Select(l => l.Split(','))
            .Where(f => f[0] == code && f[5] == "merit_value").ToDictionary(f => f[4], f => Number(f[7]));

        Assert.Equal(
            ApiMerit(code).OrderBy(p => p.Key).Select(p => (p.Key, (decimal?)p.Value)),
            results.OrderBy(p => p.Key).Select(p => (p.Key, p.Value)));

        var without = ExportRows().Where(r => !File.Exists(Path.Combine(Statistics, r[1] + ".json"))).ToList();
        Assert.Equal(7, without.Count);
        foreach (var row in without)
        {
            var text = site.Page($"/skolor/{row[1]}/").Body!.TextContent;
            Assert.Contains(
                "Tidigare läsår saknas: Skolverkets API-svar för skolan finns inte i underlaget",
                text,
                StringComparison.Ordinal);
            if (Number(row[10]) is { } merit)
            {
                Assert.Contains($"Meritvärdet var {Swedish(merit)} läsåret 2024/25", text, StringComparison.Ordinal);
            }
        }
    }
}
