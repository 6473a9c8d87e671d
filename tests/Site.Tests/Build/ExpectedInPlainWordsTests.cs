using System.Globalization;
using System.Text.RegularExpressions;

namespace Site.Tests.Build;

/// <summary>The plain-language explanation of "expected": a working link from every school page, and an example that
/// adds up.</summary>
public partial class ExpectedInPlainWordsTests(RealSiteFixture site) : IClassFixture<RealSiteFixture>
{
    private static decimal Swedish(string text) =>
        decimal.Parse(
            text.Replace('−', '-').Replace(" ", "").Replace(',', '.'),
            NumberStyles.Number | NumberStyles.AllowLeadingSign,
            CultureInfo.InvariantCulture);

    [Fact]
    public void Every_school_page_links_to_a_section_that_exists_in_its_language()
    {
        foreach (var (prefix, ids) in new[] { (
            "",
            site.Page(
                "/metod/")), (
                    "/en",
                    site.Page(
                        "/en/metod/")) }.Select(m => (
                            m.Item1,
                            m.Item2.QuerySelectorAll("[id]").Select(e => e.Id).ToHashSet())))
        {
            foreach (var dir in Directory.GetDirectories(
                Path.Combine(site.Output, prefix.TrimStart('/'), "skolor")).Take(40))
            {
                var page = site.Page($"{prefix}/skolor/{Path.GetFileName(dir)}/");
                var link = page
                    .QuerySelectorAll(".answers a")
                    .Single(a => a.GetAttribute("href")!.Contains('#'))
                    .GetAttribute("href")!;
                Assert.StartsWith($"{prefix}/metod/#", link);
                Assert.Contains(link.Split('#')[1], ids);
            }
        }
    }

    [Fact]
    public void The_worked_example_adds_up_to_the_digit()
    {
        var rows = site
            .Page("/metod/")
            .QuerySelector("#förväntat-i-klartext ~ .table-scroll table")!.QuerySelectorAll("tbody tr")
            .Select(r => r.Children[1].TextContent.Trim()).ToList();

        // b0 + b1 × parents + b2 × foreign = expected, with the published four-decimal coefficients, rounded once.
        var sum = Formula().Match(rows[2]);
        Assert.True(sum.Success, rows[2]);
        decimal G(int i) => Swedish(sum.Groups[i].Value);
        var b1 = (sum.Groups[2].Value == "−" ? -1 : 1) * G(3);
        var b2 = (sum.Groups[5].Value == "−" ? -1 : 1) * G(6);
        Assert.Equal(Swedish(rows[0].TrimEnd('%', ' ')), G(4));
        Assert.Equal(Swedish(rows[1].TrimEnd('%', ' ')), G(7));
        Assert.Equal(Math.Round(G(1) + (b1 * G(4)) + (b2 * G(7)), 1, MidpointRounding.AwayFromZero), G(8));
        var actual = Swedish(rows[3]);
        Assert.Equal(
            $"{rows[3]} − {sum.Groups[8].Value} = "
            + $"{(actual - G(8) >= 0 ? "+" : "−")}"
            + Math.Abs(actual - G(8)).ToString("0.0", CultureInfo.InvariantCulture).Replace('.', ','),
            rows[4]);
        var half = Swedish(rows[5].TrimStart('±', ' '));
        var interval = rows[6].Split(" till ").Select(Swedish).ToList();
        Assert.Equal([actual - G(8) - half, actual - G(8) + half], interval);
    }

    [GeneratedRegex(@"^([\d,]+) ([+−]) ([\d,]+) × ([\d,]+) ([+−]) ([\d,]+) × ([\d,]+) = ([\d,]+)$")]
    private static partial Regex Formula();
}
