namespace Site.Tests.Build;

/// <summary>The English site at /en/: every page kind, English words and number format, and links between the
/// languages.</summary>
public class RealSiteEnglishTests(RealSiteFixture site) : IClassFixture<RealSiteFixture>
{
    [Theory]
    [InlineData("/", "/en/")]
    [InlineData("/omraden/norrmalm/", "/en/omraden/norrmalm/")]
    [InlineData("/skolor/99648792/", "/en/skolor/99648792/")]
    [InlineData("/skolor/", "/en/skolor/")]
    [InlineData("/sok/", "/en/sok/")]
    [InlineData("/metod/", "/en/metod/")]
    [InlineData("/om/", "/en/om/")]
    [InlineData("/404.html", "/en/404.html")]
    [InlineData("/data/", "/en/data/")]
    public void Every_page_links_the_same_page_in_the_other_language(string swedish, string english)
    {
        var sv = site.Page(swedish);
        var en = site.Page(english);

        Assert.Equal("sv", sv.DocumentElement.GetAttribute("lang"));
        Assert.Equal("en", en.DocumentElement.GetAttribute("lang"));
        Assert.Equal(english, sv.QuerySelector("a.language-switch")!.GetAttribute("href"));
        Assert.Equal(swedish, en.QuerySelector("a.language-switch")!.GetAttribute("href"));
        Assert.EndsWith(english, sv.QuerySelector("link[hreflang=en]")!.GetAttribute("href"));
        Assert.EndsWith(swedish, en.QuerySelector("link[hreflang=sv]")!.GetAttribute("href"));
    }

    [Fact]
    public void The_english_school_page_uses_english_words_and_numbers()
    {
        var page = site.Page("/en/skolor/99648792/");

        Assert.Equal("Grade 9 results by school year", page.QuerySelector("#results")!.TextContent);
        var lastRow = page.QuerySelectorAll("#section-results .table-scroll tbody tr")[^1];
        Assert.Equal("299.1", lastRow.Children[2].TextContent.Trim());
        // 283.2, 283.8, 283.7, 288.5, 299.1: slope 3.65 a year, but its 95 % interval (−0.411 to 7.711) includes zero,
        // so the sentence, like the table beside it, says there is no clear trend.
        Assert.Contains(
            "The merit value has changed from 283.2 to 299.1 between 2020/21 and 2024/25; no clear trend.",
            page.QuerySelector("figure.chart figcaption")!.TextContent);
        Assert.Equal("/en/omraden/norrmalm/", page.QuerySelector(".facts a")!.GetAttribute("href"));
    }

    [Fact]
    public void English_pages_link_only_to_english_pages()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(site.Output, "en"), "*.html", SearchOption.AllDirectories))
        {
            var document = BuiltSite.Parse(file);
            var links = document.QuerySelectorAll("main a[href^='/']").Select(a => a.GetAttribute("href")!)
                .Where(h => !h.StartsWith("/data/", StringComparison.Ordinal)
                    && !h.EndsWith(".json", StringComparison.Ordinal)
                    && !(document.QuerySelector($"a[href='{h}'][lang]") is not null));
            Assert.All(links, href => Assert.StartsWith("/en/", href));
        }
    }

    [Fact]
    public void The_english_methodology_has_its_worked_example()
    {
        var page = site.Page("/en/metod/");

        Assert.Equal("How we calculate", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("The pupil-weighted mean is", page.QuerySelector(".worked-example")!.TextContent);
    }
}
