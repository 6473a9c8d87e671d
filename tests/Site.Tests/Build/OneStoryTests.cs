using AngleSharp.Dom;

namespace Site.Tests.Build;

/// <summary>
/// One story per figure, on every page of the default site: a chart's sentence uses the verdict of the table beside it,
/// and a school page's answers at the top say what its sections say further down.
/// </summary>
public class OneStoryTests(RealSiteFixture site) : IClassFixture<RealSiteFixture>
{
    // The words a sentence must use for each verdict the table shows.
    private static readonly Dictionary<string, string[]> Sentences = new(StringComparer.Ordinal)
    {
        ["ökar"] = ["har ökat"],
        ["minskar"] = ["har minskat"],
        ["ingen tydlig trend"] = ["ingen tydlig trend"],
        ["kan inte beräknas (för få läsår)"] = ["för få läsår för en trend", "ingen trend kan beräknas"],
    };

    private IEnumerable<(string Path, IDocument Page)> SchoolPages() =>
        Directory.GetDirectories(Path.Combine(site.Output, "skolor"))
            .Select(d => $"/skolor/{Path.GetFileName(d)}/")
            .Select(p => (p, site.Page(p)));

    [Fact]
    public void Every_school_chart_sentence_says_what_its_table_says()
    {
        var checkedCharts = 0;
        foreach (var (path, page) in SchoolPages())
        {
            foreach (var figure in page.QuerySelectorAll("#section-comparison figure.chart"))
            {
                var table = figure.NextElementSibling!.QuerySelector("table")!;
                var verdict = table.QuerySelectorAll("tbody tr")[^1].Children[1].TextContent.Trim();
                var sentence = figure.QuerySelector("figcaption")!.TextContent;
                Assert.True(Sentences.TryGetValue(verdict, out var words), $"{path}: unknown verdict “{verdict}”");
                Assert.True(
                    words.Any(sentence.Contains),
                    $"{path}: the table says “{verdict}” but the sentence says “{sentence}”");
                Assert.False(
                    verdict != "ökar" && sentence.Contains("har ökat", StringComparison.Ordinal),
                    $"{path}: {sentence}");
                checkedCharts++;
            }
        }

        Assert.True(checkedCharts > 400, $"{checkedCharts} charts");
    }

    [Fact]
    public void A_school_with_no_values_gets_cannot_be_computed_not_no_clear_change()
    {
        // 46646143 has only suppressed values (see RealSiteTests).
        var page = site.Page("/skolor/46646143/");

        var verdicts = page
            .QuerySelectorAll("#section-comparison table")
            .Select(t => t.QuerySelectorAll("tbody tr")[^1].Children[1].TextContent.Trim())
            .ToList();
        Assert.All(verdicts, v => Assert.Equal("kan inte beräknas (för få läsår)", v));
        Assert.Contains(
            "ingen trend kan beräknas",
            page.QuerySelector(".answers")!.TextContent,
            StringComparison.Ordinal);
    }

    [Fact]
    public void The_answers_at_the_top_of_a_school_page_repeat_the_figures_further_down()
    {
        foreach (var (path, page) in SchoolPages())
        {
            var answers = page.QuerySelectorAll(".answers dd").Select(d => d.TextContent).ToList();
            Assert.Equal(3, answers.Count);
            var caption = page.QuerySelector("#section-comparison figure.chart figcaption")!.TextContent;
            // The trend's sentence is the chart's; a school whose first year is later than the site's says so after it.
            var trend = answers[1].Split(
                [" Tidigare läsår saknas", " Skolan har inga värden för"],
                StringSplitOptions.None)[0];
            Assert.Contains(trend, caption, StringComparison.Ordinal);
            var firstYear = page.QuerySelector("#section-comparison table tbody tr th")!.TextContent.Trim();
            Assert.Equal(firstYear != "2020/21", trend != answers[1]);
            if (page.QuerySelector("#section-expected .summary") is { } expected)
            {
                Assert.Contains(answers[2].Split(" Så räknar vi")[0], expected.TextContent, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Every_page_shows_the_dates_of_its_data_and_no_clock_time()
    {
        var pages = site.HtmlFiles().ToList();
        Assert.True(pages.Count > 300);
        foreach (var file in pages)
        {
            var dates = BuiltSite.Parse(file).QuerySelector("footer .data-dates, .embed-credit")?.TextContent ?? "";
            // The API responses' retrieval date, from the manifest's sidecar; the export's dates are not recorded, and
            // say so.
            Assert.True(dates.Contains("2026-04-21", StringComparison.Ordinal), $"{file}: “{dates}”");
            Assert.True(
                dates.Contains("inte registrerad", StringComparison.Ordinal)
                    || dates.Contains("not recorded", StringComparison.Ordinal),
                file);
        }
    }

    [Fact]
    public void Every_table_on_the_city_district_and_school_pages_has_a_permalink_and_a_dated_source()
    {
        foreach (var path in new[] { "/", "/omraden/rinkeby-kista/", "/skolor/37416253/", "/en/skolor/37416253/" })
        {
            var page = site.Page(path);
            foreach (var table in page.QuerySelectorAll("main table.data"))
            {
                var section = table.Closest("details.section, section")!;
                var id = section.QuerySelector("h2")!.Id;
                var source = section.QuerySelector(".section-source");
                Assert.True(
                    source is not null,
                    $"{path}: the table “{table.QuerySelector("caption")?.TextContent}” has no source line");
                Assert.Equal($"#{id}", source!.QuerySelector("a.permalink")!.GetAttribute("href"));
                // The API's retrieval date, or, for the municipality reports (downloaded without a recorded date),
                // words saying that the date is not recorded: never a source line without dates.
                Assert.True(
                    source.TextContent.Contains("2026-04-21", StringComparison.Ordinal)
                    || (id == "resources"
                        && (source.TextContent.Contains("hämtningsdag inte registrerad", StringComparison.Ordinal)
                            || source.TextContent.Contains("retrieval date not recorded", StringComparison.Ordinal))),
                    $"{path}#{id}: {source.TextContent}");
            }
        }
    }
}
