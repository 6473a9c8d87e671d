using System.Globalization;

namespace Site.Tests.Build;

/// <summary>The whole country from Skolverket's real 2024/25 export (examples/sverige): municipalities are the
/// areas.</summary>
public class NationalSiteTests(NationalSiteTests.NationalSite site) : IClassFixture<NationalSiteTests.NationalSite>
{
    public sealed class NationalSite() : BuiltSite(
        Path.Combine(TestPaths.Repo, "examples", "sverige"),
        Path.Combine(TestPaths.Repo, "input"));

    /// <summary>The export's rows as Skolverket wrote them: code, municipality code and name, merit value
    /// text.</summary>
    private static List<string[]> ExportRows() =>
        File.ReadLines(TestPaths.RealExport)
            .Skip(6)
            .Select(l => l.TrimStart('\uFEFF').Split(';'))
            .Where(f => f.Length == 11 && f[1].Length == 8)
            .ToList();

    private static decimal? Number(string text) =>
        decimal.TryParse(
            text.Replace(',', '.').Replace(" ", "", StringComparison.Ordinal),
            NumberStyles.Number,
            CultureInfo.InvariantCulture,
            out var v)
            ? v
            : null;

    /// <summary>Every school with a merit value has a pupil count in the export, so the means are pupil-weighted
    /// (methodology).</summary>
    private static string WeightedMerit(IEnumerable<string[]> rows)
    {
        var known = rows
            .Where(r => Number(r[10]) is not null)
            .Select(r => (Value: Number(r[10])!.Value, Pupils: Number(r[7])!.Value))
            .ToList();
        var mean = known.Sum(k => k.Value * k.Pupils) / known.Sum(k => k.Pupils);
        return Math.Round(mean, 1, MidpointRounding.AwayFromZero)
            .ToString("0.0", CultureInfo.InvariantCulture)
            .Replace('.', ',');
    }

    [Fact]
    public void Every_school_unit_and_municipality_has_its_page()
    {
        var rows = ExportRows();

        Assert.Equal(0, site.ExitCode);
        Assert.Equal(1714, rows.Count);
        Assert.Equal(rows.Count, Directory.GetDirectories(Path.Combine(site.Output, "skolor")).Length);
        Assert.Equal(
            rows.Select(r => r[3]).Distinct().Count(),
            Directory.GetDirectories(Path.Combine(site.Output, "omraden")).Length);
        Assert.True(File.Exists(Path.Combine(site.Output, "omraden", "habo-0643", "index.html")));
        Assert.True(File.Exists(Path.Combine(site.Output, "omraden", "habo-0305", "index.html")));
        Assert.True(File.Exists(Path.Combine(site.Output, "en", "omraden", "goteborg", "index.html")));
    }

    [Fact]
    public void The_national_mean_and_a_municipalitys_mean_are_the_exports_numbers()
    {
        var rows = ExportRows();
        var withMerit = rows.Count(r => Number(r[10]) is not null);

        var city = site.Page("/");
        var district = site.Page("/omraden/malmo/");

        Assert.Contains(
            $"Meritvärde {WeightedMerit(rows)} {withMerit} av 1714 skolor",
            Words(city),
            StringComparison.Ordinal);
        var malmo = district.QuerySelector("tbody tr")!;
        Assert.Equal("Meritvärde", malmo.QuerySelector("th")!.TextContent);
        Assert.Equal(WeightedMerit(rows.Where(r => r[3] == "1280")), malmo.QuerySelector("td .mean")!.TextContent);
        Assert.Equal("52 av 56 skolor", malmo.QuerySelector("td .coverage")!.TextContent);
        Assert.Contains(
            "ligger i kommunen Malmö",
            district.QuerySelector(".lead")!.TextContent,
            StringComparison.Ordinal);
    }

    private static string Words(AngleSharp.Dom.IDocument page) =>
        System.Text.RegularExpressions.Regex.Replace(page.QuerySelector("main")!.TextContent, @"\s+", " ");

    [Fact]
    public void Pages_speak_of_municipalities_and_draw_no_map()
    {
        var city = site.Page("/");
        var english = site.Page("/en/");

        Assert.Null(city.QuerySelector("svg.district-map, .district-map svg"));
        Assert.Contains("Välj en kommun", city.QuerySelector(".lead")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("läsåret 2024/25", city.QuerySelector(".lead")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("stadsdelsområde", city.Body!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("district", english.Body!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(
            "all of Sweden",
            site.Page("/en/omraden/ale/").QuerySelector("main")!.TextContent,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_suppressed_school_shows_markers_not_numbers()
    {
        var row = ExportRows().First(r => r[10] == ".." && r[7] == "..");
        var text = site.Page($"/skolor/{row[1]}/").QuerySelector("main")!.TextContent;

        Assert.Contains("..", text, StringComparison.Ordinal);
        Assert.Contains(row[2], text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_attacker_recovers_no_withheld_value_from_the_national_site()
    {
        var figures = Disclosure.PublishedFigures.Read(site.Output);
        var attacker = new Disclosure.Attacker(figures);

        var found = attacker.Recover(attacker.SiteFacts());

        Assert.True(figures.Cells.Count(c => c.Hidden) > 100);
        Assert.Contains(figures.Aggregates, a => a["method"] == "pupil_weighted");
        Assert.Empty(found);
        Assert.Empty(attacker.Anomalies);
    }
}
