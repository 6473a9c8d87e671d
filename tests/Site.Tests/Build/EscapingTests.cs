namespace Site.Tests.Build;

/// <summary>A school's name is text wherever a page shows it: never markup, a script or an attribute.</summary>
public class EscapingTests
{
    [Fact]
    public async Task School_names_with_html_are_escaped_everywhere()
    {
        using var site = new BuiltSite(TestPaths.Small, TestPaths.SmallInput);

        var page = site.Page("/skolor/33333333/");

        Assert.Equal(0, site.ExitCode);
        Assert.Equal("Lilla skolan <b>", page.QuerySelector("h1")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("main b"));
        Assert.StartsWith("Lilla skolan <b>", page.Title);
        Assert.Contains("Lilla skolan <b>", page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.DoesNotContain(
            "<b>",
            await File.ReadAllTextAsync(Path.Combine(site.Output, "omraden", "sodra-on", "index.html")));
    }

    [Fact]
    public async Task A_school_name_with_a_script_tag_stays_text_in_pages_chart_data_and_attributes()
    {
        using var temp = TestPaths.Temp();
        var data = temp.Copy(TestPaths.Small, "data");
        var schools = Path.Combine(data, "schools.csv");
        const string name = "</script><script>alert(1)</script>\" onmouseover=\"x";
        await File.WriteAllTextAsync(
            schools,
            (await File.ReadAllTextAsync(
                schools)).Replace("11111111,Norra skolan,", "11111111,\"" + name.Replace("\"", "\"\"") + "\","));

        using var site = new BuiltSite(data, TestPaths.SmallInput);

        Assert.Equal(0, site.ExitCode);
        foreach (var path in new[] { "/skolor/11111111/", "/en/skolor/11111111/", "/omraden/norra-on/", "/skolor/" })
        {
            var page = site.Page(path);
            Assert.All(
                page.QuerySelectorAll("script"),
                s => Assert.True(s.HasAttribute("src") || s.GetAttribute("type") == "application/json"));
            Assert.Empty(page.QuerySelectorAll("[onmouseover]"));
        }

        var school = site.Page("/skolor/11111111/");
        Assert.Equal(name, school.QuerySelector("h1")!.TextContent);
        var chart = System.Text.Json.JsonDocument.Parse(school.QuerySelector("script.chart-data")!.TextContent);
        Assert.Equal(name, chart.RootElement.GetProperty("traces")[0].GetProperty("name").GetString());
    }
}
