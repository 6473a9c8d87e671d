using AngleSharp.Dom;

namespace Site.Tests.Build;

/// <summary>Golden checks of the default site, built from Skolverket's real files.</summary>
public class RealSiteTests(RealSiteFixture site) : IClassFixture<RealSiteFixture>
{
    private static string Text(IElement element) => element.TextContent.Trim();

    private static List<List<string>> BodyRows(
        IDocument page,
        string tableSelector = "#section-results .table-scroll table") =>
        page.QuerySelector(tableSelector)!.QuerySelectorAll("tbody tr")
            .Select(tr => tr.Children.Select(Text).ToList())
            .ToList();

    [Fact]
    public void The_build_succeeds_with_a_page_per_school_and_district()
    {
        Assert.Equal(0, site.ExitCode);
        Assert.Equal(150, Directory.GetDirectories(Path.Combine(site.Output, "skolor")).Length);
        Assert.Equal(13, Directory.GetDirectories(Path.Combine(site.Output, "omraden")).Length);
        // 150 schools, 13 districts and 9 other pages (the ninth: /jamfor/) in two languages, and the two embed pages.
        Assert.Contains("Built 346 pages", site.Log);
        Assert.Equal(150, Directory.GetDirectories(Path.Combine(site.Output, "en", "skolor")).Length);
    }

    [Fact]
    public void The_search_index_lists_every_school_and_district_with_its_page_in_each_language()
    {
        foreach (var (prefix, kind) in new[] { ("", "Skola"), ("en", "School") })
        {
            using var index = System.Text.Json.JsonDocument.Parse(
                File.ReadAllBytes(Path.Combine(site.Output, prefix, "sok", "index.json")));
            var items = index.RootElement
                .EnumerateArray()
                .Select(e => (
                    Title: e.GetProperty("title").GetString()!,
                    Url: e.GetProperty("url").GetString()!,
                    About: e.GetProperty("about").GetString()!))
                .ToList();

            Assert.Equal(13 + 150, items.Count);
            Assert.Contains(
                items,
                i => i.Title == "Hässelby-Vällingby" && i.Url == (prefix.Length > 0
                    ? "/en"
                    : "") + "/omraden/hasselby-vallingby/");
            Assert.Contains(
                items,
                i => i.Title == "Adolf Fredriks musikklasser" && i.Url == (prefix.Length > 0
                    ? "/en"
                    : "") + "/skolor/99648792/" && i.About.StartsWith(kind, StringComparison.Ordinal));
            Assert.All(
                items,
                i => Assert.True(File.Exists(Path.Combine(site.Output, i.Url.Trim('/'), "index.html")), i.Url));
        }
    }

    [Fact]
    public void Adolf_fredrik_shows_five_years_of_meritvarde_from_the_api_and_the_export()
    {
        var page = site.Page("/skolor/99648792/");
        var rows = BodyRows(page);

        Assert.Equal("Adolf Fredriks musikklasser", Text(page.QuerySelector("h1")!));
        Assert.Equal(["2020/21", "2021/22", "2022/23", "2023/24", "2024/25"], rows.Select(r => r[0]));
        Assert.Equal(["283,2", "283,8", "283,7", "288,5", "299,1"], rows.Select(r => r[2]));
        Assert.Equal("192", rows[^1][1]);
        Assert.Equal("94,3", rows[^1][3]);
        Assert.StartsWith("~100", rows[^1][4]);
        Assert.Equal("/omraden/norrmalm/", page.QuerySelector(".facts a")!.GetAttribute("href"));
        Assert.Contains(page.QuerySelectorAll(".marker-notes dt"), dt => Text(dt) == "~100");
    }

    [Fact]
    public void A_school_whose_values_are_all_suppressed_shows_the_explanation_and_no_number()
    {
        var page = site.Page("/skolor/46646143/");
        foreach (var hidden in page.QuerySelectorAll(".visually-hidden").ToList())
        {
            hidden.Remove();
        }

        var rows = BodyRows(page);

        Assert.Contains("färre än 10 elever – uppgiften redovisas inte", Text(page.QuerySelector(".notice")!));
        Assert.All(rows.SelectMany(r => r.Skip(1)), cell => Assert.DoesNotContain(cell, char.IsAsciiDigit));
        Assert.Contains(
            page.QuerySelectorAll(".marker-notes dd"),
            dd => Text(dd) == "färre än 10 elever – uppgiften redovisas inte");
    }

    [Fact]
    public void The_city_page_lists_all_13_districts_with_links()
    {
        var page = site.Page("/");
        var links = page
            .QuerySelectorAll("#section-districts .table-scroll tbody th a")
            .Select(a => a.GetAttribute("href"))
            .ToList();

        Assert.Equal(13, links.Count);
        Assert.Contains("/omraden/enskede-arsta-vantor/", links);
        Assert.Contains("/omraden/hasselby-vallingby/", links);
        Assert.Equal(3, page.QuerySelectorAll(".key-figures li").Length);
        Assert.Equal("sv", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public void A_district_page_lists_its_schools_and_compares_with_the_city()
    {
        var page = site.Page("/omraden/norrmalm/");
        var schools = page.QuerySelectorAll("#schools ~ .table-scroll tbody th a").Select(a => a.TextContent).ToList();

        Assert.Equal("Norrmalm", Text(page.QuerySelector("h1")!));
        Assert.Contains("Adolf Fredriks musikklasser", schools);
        Assert.Equal(3, page.QuerySelectorAll("#comparison ~ .table-scroll tbody tr").Length);
        Assert.Equal(["Stockholm", "Norrmalm"], page.QuerySelectorAll(".breadcrumbs li").Select(Text));
    }

    [Fact]
    public void Every_internal_link_leads_to_a_page_that_exists()
    {
        var broken = new List<string>();
        foreach (var file in site.HtmlFiles())
        {
            var document = BuiltSite.Parse(file);
            foreach (var href in document
                .QuerySelectorAll("a[href], link[href]")
                .Select(a => a.GetAttribute("href")!)
                .Where(h => h.StartsWith('/')))
            {
                var path = href.Split('#')[0].Split('?')[0];
                var target = Path.Combine(site.Output, path.TrimStart('/'), path.EndsWith('/') ? "index.html" : "");
                if (!File.Exists(target)
                    || (href.Contains("/inbadda/?", StringComparison.Ordinal) && !EmbedsAChart(href)))
                {
                    broken.Add($"{Path.GetRelativePath(site.Output, file)} → {href}");
                }
            }
        }

        Assert.Empty(broken);
    }

    // An embed link names a page of the site and a chart on it: the embed page draws that chart, so both must exist.
    private bool EmbedsAChart(string href)
    {
        var query = System.Web.HttpUtility.ParseQueryString(href.Split('?')[1]);
        var page = query["sida"]!;
        var file = Path.Combine(site.Output, page.TrimStart('/'), "index.html");
        return File.Exists(file) && BuiltSite.Parse(file).GetElementById($"diagram-{query["diagram"]}") is not null;
    }

    [Fact]
    public void Every_page_has_a_title_a_description_a_skip_link_and_one_h1()
    {
        // The embed pages are a chart inside another site's page: a title and description, but no skip link or h1 of
        // their own.
        foreach (var file in site
            .HtmlFiles()
            .Where(f => !f.Contains(
                $"{Path.DirectorySeparatorChar}inbadda{Path.DirectorySeparatorChar}",
                StringComparison.Ordinal)))
        {
            var document = BuiltSite.Parse(file);
            Assert.False(string.IsNullOrWhiteSpace(document.Title), file);
            Assert.False(
                string.IsNullOrWhiteSpace(document.QuerySelector("meta[name=description]")?.GetAttribute("content")),
                file);
            Assert.Equal("#main", document.QuerySelector("a.skip-link")?.GetAttribute("href"));
            Assert.Single(document.QuerySelectorAll("h1"));
        }
    }

    [Fact]
    public void The_markdown_pages_are_in_the_layout()
    {
        var page = site.Page("/metod/");

        Assert.Equal("Så räknar vi", Text(page.QuerySelector("h1")!));
        Assert.Contains("Så räknar vi", page.Title);
        Assert.NotNull(page.QuerySelector(".prose table"));
    }

    [Fact]
    public void No_page_has_an_inline_script_or_loads_anything_from_another_host()
    {
        foreach (var file in site.HtmlFiles())
        {
            var document = BuiltSite.Parse(file);
            Assert.All(document.QuerySelectorAll("script"), script =>
                Assert.True(
                    script.GetAttribute("src") is { } src
                        ? src.StartsWith('/')
                        : script.GetAttribute("type") == "application/json",
                    file));
            Assert.All(document.QuerySelectorAll("[src], link[href]"), element =>
                Assert.StartsWith(
                    "/",
                    element.GetAttribute("src") ?? (element.GetAttribute("rel") is "canonical" or "alternate"
                        ? "/"
                        : element.GetAttribute("href"))));
            Assert.Empty(document.QuerySelectorAll("[style], style"));
        }
    }

    [Fact]
    public void The_data_page_links_both_dialects_of_every_file_and_each_district_page_its_means()
    {
        var rows = site.Page("/data/").QuerySelectorAll("#files ~ .table-scroll tbody tr").ToList();

        Assert.Equal(Site.Compute.Data.DataSpecs.All.Count, rows.Count);
        foreach (var (row, spec) in rows.Zip(Site.Compute.Data.DataSpecs.All))
        {
            Assert.Equal(
                [$"/data/{spec.File}", $"/data/{spec.File}", $"/data/excel/{spec.File}"],
                row.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        }

        var links = site
            .Page("/omraden/rinkeby-kista/")
            .QuerySelectorAll("#download ~ ul a")
            .Select(a => a.GetAttribute("href"))
            .ToList();
        Assert.Contains("/data/omraden/rinkeby-kista-medelvarden.csv", links);
        var means = File.ReadAllLines(Path.Combine(site.Output, "data", "omraden", "rinkeby-kista-medelvarden.csv"))
            .Skip(1)
            .Select(l => l.Split(',')[1])
            .Distinct()
            .Order()
            .ToList();
        Assert.Equal(["city", "rinkeby-kista"], means);
    }

    [Fact]
    public void A_district_pages_school_row_has_each_value_in_its_own_cell()
    {
        // The 2025 export, row 1469: Rinkebyskolan;37416253;…;51;43,1;74,5;202,7. The cells are written straight into
        // the page's render tree (Cells), so a cell written through the wrong builder would land outside its <td>.
        var page = site.Page("/omraden/rinkeby-kista/");
        var row = page.QuerySelector("tr[data-name='Rinkebyskolan']")!;

        Assert.Equal(
            ["Rinkebyskolan", "Kommunal", "51", "202,7", "43,1", "74,5"],
            row.Children.Select(Text).ToList());
    }

    [Fact]
    public void The_city_pages_key_figure_holds_skolverkets_official_value()
    {
        // Skolverket's official meritvärde for Stockholm 2024/25 (the municipality report): 251,9.
        var page = site.Page("/");

        Assert.Equal("251,9", Text(page.QuerySelector(".key-figures .key-value")!));
    }
}
