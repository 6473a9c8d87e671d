using System.Globalization;
using AngleSharp.Dom;

namespace Site.Tests.Build;

/// <summary>The analysis on the default site, and the promise that every aggregate can be recomputed from the published
/// school rows.</summary>
public class RealSiteAnalysisTests(RealSiteFixture site) : IClassFixture<RealSiteFixture>
{
    private static List<Dictionary<string, string>> ReadCsv(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvHelper.CsvReader(reader, CultureInfo.InvariantCulture);
        return csv
            .GetRecords<dynamic>()
            .Select(r => ((IDictionary<string, object>)r).ToDictionary(p => p.Key, p => (string)p.Value))
            .ToList();
    }

    private static decimal? Number(string text) =>
        text.Length == 0 ? null : decimal.Parse(text, CultureInfo.InvariantCulture);

    [Fact]
    public void The_city_page_shows_both_gaps_over_time_and_funding_with_the_illustrative_notice()
    {
        var page = site.Page("/");

        var socio = page.QuerySelector("#section-socio-gap .table-scroll table")!;
        Assert.Equal(6, socio.QuerySelectorAll("tbody tr").Length);
        Assert.StartsWith("−", socio.QuerySelector("tbody td")!.TextContent.Trim());
        Assert.Contains(
            "skolorna med störst socioekonomiskt behov",
            page.QuerySelector("#section-socio-gap .summary")!.TextContent);
        Assert.Equal(
            13,
            page.QuerySelector("#section-district-gaps .table-scroll table")!.QuerySelectorAll("tbody tr").Length);
        Assert.Contains("Illustrativa belopp", page.QuerySelector("#section-funding .notice")!.TextContent);
    }

    [Fact]
    public void A_district_page_shows_its_gap_spread_organizers_and_funding()
    {
        var page = site.Page("/omraden/rinkeby-kista/");

        Assert.Equal(6, page.QuerySelector("#section-gap .table-scroll table")!.QuerySelectorAll("tbody tr").Length);
        // 2024/25, pupil-weighted: Rinkeby-Kista 222,0 and the city 251,8, so 29,8 below; the table under it is
        // unweighted (220,5 − 245,3 = −24,8), and the sentence says which is which.
        var summary = page.QuerySelector("main > .summary")!.TextContent;
        Assert.Contains("29,8 poäng under genomsnittet för hela Stockholm (elevviktade medelvärden)", summary);
        Assert.Contains("i tabellen (oviktade medelvärden, som alla läsår har)", summary);
        Assert.Equal(
            "−24,8",
            page.QuerySelector(
                "#section-gap .table-scroll table")!.QuerySelectorAll("tbody tr")[4].Children[2].TextContent.Trim());
        Assert.Equal(5, page.QuerySelector("#section-spread .table-scroll table")!.QuerySelectorAll("tbody tr").Length);
        Assert.Equal(
            3,
            page.QuerySelector("#section-organizers .table-scroll table")!.QuerySelectorAll("tbody tr").Length);
        Assert.Contains("Illustrativa belopp", page.QuerySelector("#section-funding .notice")!.TextContent);
    }

    [Fact]
    public void A_school_page_shows_its_district_and_city_and_expected_vs_actual()
    {
        var page = site.Page("/skolor/99648792/");

        var merit = page.QuerySelector("#section-comparison details .table-scroll table")!;
        Assert.Equal(3, page.QuerySelectorAll("#section-comparison figure.chart").Length);
        Assert.Equal(
            ["Läsår", "Skolan", "Norrmalm", "Hela Stockholm"],
            merit.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()));
        Assert.Equal("299,1", merit.QuerySelectorAll("tbody tr")[4].Children[1].TextContent.Trim());
        Assert.NotNull(page.QuerySelector("#section-expected .table-scroll table"));
        Assert.Contains(
            "Skolor med elever med liknande bakgrund fick i genomsnitt",
            page.QuerySelector("#section-expected .summary")!.TextContent);
        Assert.NotNull(page.QuerySelector("#section-background .table-scroll table"));
        Assert.Contains("Illustrativa belopp", page.QuerySelector("#section-allocation .notice")!.TextContent);
    }

    [Fact]
    public void Every_page_with_an_allocation_figure_carries_the_notice_and_no_other_page_does()
    {
        foreach (var file in site.HtmlFiles())
        {
            var document = BuiltSite.Parse(file);
            var hasFigure = document.QuerySelector("#funding, #allocation") is not null;
            var hasNotice = document.QuerySelector(".notice.illustrative") is not null;
            Assert.True(
                hasFigure == hasNotice || file.EndsWith(Path.Combine("metod", "index.html"), StringComparison.Ordinal),
                file);
        }
    }

    [Fact]
    public void Every_caption_of_an_allocation_figure_says_it_is_illustrative_in_the_pages_language()
    {
        var captions = 0;
        // /data/ describes the files (whose own column "illustrative" says it), it shows no amount.
        foreach (var file in site
            .HtmlFiles()
            .Where(f => !f.Contains(
                $"{Path.DirectorySeparatorChar}data{Path.DirectorySeparatorChar}",
                StringComparison.Ordinal)))
        {
            var document = BuiltSite.Parse(file);
            var english = document.DocumentElement.GetAttribute("lang") == "en";
            foreach (var caption in document
                .QuerySelectorAll("table caption, figure.chart figcaption")
                .Select(c => c.TextContent))
            {
                if (caption.Contains("tilläggsanslag", StringComparison.OrdinalIgnoreCase)
                    || caption.Contains("allocation", StringComparison.OrdinalIgnoreCase))
                {
                    Assert.Contains(english ? "llustrative" : "llustrativ", caption, StringComparison.Ordinal);
                    Assert.DoesNotContain(
                        english ? "received the most" : "fick mest",
                        caption,
                        StringComparison.Ordinal);
                    captions++;
                }
            }

            // The English pages give the file's note in English.
            Assert.True(!english || document.QuerySelector(".notice.illustrative [lang=sv]") is null, file);
        }

        Assert.True(captions > 150, $"{captions} captions");
    }

    [Fact]
    public void The_methodology_page_has_a_worked_example_computed_from_the_data()
    {
        var page = site.Page("/metod/");
        var example = page.QuerySelector(".worked-example")!;

        Assert.Contains("Spånga-Tensta", example.TextContent);
        Assert.Equal(3, example.QuerySelectorAll("table")[1].QuerySelectorAll("tbody tr").Length);
    }

    [Fact]
    public void No_page_ranks_schools_by_their_residual()
    {
        var district = site.Page("/omraden/norrmalm/");
        var names = district
            .QuerySelectorAll("#schools ~ .table-scroll tbody th")
            .Select(th => th.TextContent.Trim())
            .ToList();

        Assert.Equal(names.Order(Site.Model.SwedishComparer.Instance), names);
    }
}
