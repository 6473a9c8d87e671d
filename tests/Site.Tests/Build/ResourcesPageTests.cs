namespace Site.Tests.Build;

/// <summary>What the money buys, on the default Stockholm site: the figures the issue names, checked against
/// Skolverket's files.</summary>
public class ResourcesPageTests(RealSiteFixture site) : IClassFixture<RealSiteFixture>
{
    private static string Text(AngleSharp.Dom.IElement? element) =>
        System.Text.RegularExpressions.Regex.Replace(element?.TextContent ?? "", @"\s+", " ");

    [Fact]
    public void Rinkebyskolans_page_shows_its_teachers_with_the_unit()
    {
        var section = site.Page("skolor/37416253").QuerySelector("#section-teachers");

        // statistics-gr/37416253.json, 2024/25: studentsPerTeacherQuota "7,9", certifiedTeachersQuota "87,5".
        var row = section!.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "2024/25");
        var cells = row.QuerySelectorAll("td").Select(c => Text(c).Trim()).ToList();
        Assert.Equal("7,9", cells[0]);
        Assert.Equal("87,5", cells[1]);
        Assert.StartsWith("..", cells[3], StringComparison.Ordinal);
        Assert.Contains("elever per lärare omräknat till heltidstjänster", Text(section), StringComparison.Ordinal);
        Assert.Contains("färre än 3 heltidstjänster", Text(section), StringComparison.Ordinal);
    }

    [Fact]
    public void A_school_with_exempt_teachers_shows_the_marker_with_its_meaning()
    {
        var code = File.ReadLines(Path.Combine(TestPaths.RealData, "resources", "skolverket-api-staff-tests.csv"))
            .First(l => l.Contains("certified_teachers_pct,teachers_excluded", StringComparison.Ordinal))
            .Split(',')[0];

        var section = site.Page($"skolor/{code}").QuerySelector("#section-teachers");

        Assert.Contains(
            section!.QuerySelectorAll(".marker"),
            m => m.TextContent.StartsWith('*')
                && m.TextContent.Contains("undantagna från kravet på lärarlegitimation", StringComparison.Ordinal));
    }

    [Fact]
    public void The_city_page_answers_whether_the_teachers_follow_the_need()
    {
        var page = site.Page("/");
        var staff = page.QuerySelector("#section-staff");

        var table = staff!
            .QuerySelectorAll("table")
            .First(t => t.QuerySelector(
                "caption")!.TextContent.StartsWith("Elever per lärare", StringComparison.Ordinal));
        Assert.Equal(
            ["2021/22", "2022/23", "2023/24", "2024/25", "2025/26"],
            table.QuerySelectorAll("tbody th").Select(th => th.TextContent));
        Assert.Contains(
            "ingen tydlig förändring av skillnaden",
            Text(table.ParentElement!.ParentElement),
            StringComparison.Ordinal);
        Assert.NotNull(staff.QuerySelector("#diagram-need_teachers"));
        Assert.Contains("inte en effekt", Text(staff), StringComparison.Ordinal);
        Assert.Contains("Följer lärarna behovet?", Text(page.QuerySelector(".answers")), StringComparison.Ordinal);
    }

    [Fact]
    public void Resurser_shows_stockholms_real_spending_against_the_national_median()
    {
        // Kostnader per kommun 2024: Stockholm 162 300 kr; the median of the 290 municipalities' "Totalt per elev" is
        // 143 650 (the 145th and 146th values, 143 600 and 143 700), and 247 municipalities spend less.
        var sv = Text(site.Page("/").QuerySelector("#section-resources"));
        var en = Text(site.Page("/en/").QuerySelector("#section-resources"));

        Assert.Contains(
            "162 300 kr per elev, mot 143 650 kr i mediankommunen; 247 av 290 kommuner",
            sv.Replace('\u00A0', ' '),
            StringComparison.Ordinal);
        Assert.Contains(
            "162,300 SEK per pupil, against 143,650 SEK in the median municipality",
            en,
            StringComparison.Ordinal);
        Assert.Contains("87,4 %", sv, StringComparison.Ordinal);
    }
}
