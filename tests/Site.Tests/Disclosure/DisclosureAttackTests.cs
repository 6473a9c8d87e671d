using System.Globalization;
using System.Text.RegularExpressions;
using Site.Tests.Build;

namespace Site.Tests.Disclosure;

/// <summary>
/// The attacker takes everything a built site publishes and tries to recover each value Skolverket's rule withholds.
/// It must fail on the default site and on the crafted city; with Skolverket's own municipality totals added it may
/// only recover what those totals and the public school rows already give away without this site.
/// </summary>
public class DisclosureAttackTests(DisclosureFixture city, RealSiteFixture real) : IClassFixture<DisclosureFixture>, IClassFixture<RealSiteFixture>
{
    [Fact]
    public void The_crafted_city_has_the_scenarios_it_is_meant_to_have()
    {
        var figures = PublishedFigures.Read(city.Output);
        var hidden = figures.Cells.Where(c => c.Status == "suppressed").Select(c => (c.Year, c.District, c.Code)).Distinct().ToList();

        Assert.Equal(0, city.ExitCode);
        Assert.Equal([("2024/25", "alfa", "11000003")], hidden.Where(h => h.Year == "2024/25" && h.District == "alfa"));
        Assert.Single(hidden, h => h.Year == "2024/25" && h.District == "beta");
        Assert.Single(hidden, h => h.Year == "2024/25" && h.District == "gamma");
        Assert.Equal([("2023/24", "beta", "22000002")], hidden.Where(h => h.Year == "2023/24"));
        Assert.All(figures.Cells.Where(c => c.Status == "suppressed"), c => Assert.Null(c.Pupils));
    }

    [Fact]
    public void The_site_alone_gives_away_no_withheld_value_of_the_crafted_city()
    {
        var attacker = new Attacker(PublishedFigures.Read(city.Output));

        var found = attacker.Recover(attacker.SiteFacts());

        Assert.Empty(found);
        Assert.Empty(attacker.Anomalies);
    }

    [Fact]
    public void With_Skolverkets_totals_the_site_adds_nothing_to_what_they_give_away()
    {
        var attacker = new Attacker(PublishedFigures.Read(city.Output));
        var totals = city.MunicipalityTotals().ToList();

        var withSite = attacker.Recover(attacker.SiteFacts().Concat(attacker.SkolverketFacts(totals))).Select(d => d.What);
        var withoutSite = attacker.Recover(attacker.SkolverketFacts(totals)).Select(d => d.What);

        Assert.Empty(withSite.Except(withoutSite));
        Assert.DoesNotContain(withSite, w => w.StartsWith("value", StringComparison.Ordinal));

        // Skolverket's own totals do give away the pupil count of the one small school in 2023/24: the attacker is not blind.
        Assert.Contains("pupils 22000002 2023/24", withoutSite);
    }

    [Fact]
    public void The_attacker_does_recover_a_value_from_a_mean_that_includes_it()
    {
        var figures = PublishedFigures.Read(city.Output);
        var alfa = city.Exact.Where(r => r.Year == "2024/25" && r.Code.StartsWith("11", StringComparison.Ordinal)).ToList();
        var naive = alfa.Select(r => Math.Round(r.Values["merit_value"], 1, MidpointRounding.AwayFromZero)).Average();
        var leaky = figures.Aggregates.Append(new Dictionary<string, string>
        {
            ["level"] = "district", ["area"] = "alfa", ["organizer"] = "all", ["school_year"] = "2024/25", ["measure"] = "merit_value",
            ["value"] = naive.ToString("0.00", CultureInfo.InvariantCulture), ["method"] = "unweighted", ["n_schools"] = "3", ["n_pupils"] = "",
        }).ToList();
        var attacker = new Attacker(new PublishedFigures { Cells = figures.Cells, Aggregates = leaky, SocioeconomicGaps = [], Expected = [], NeedIndex = figures.NeedIndex });

        var found = Assert.Single(attacker.Recover(attacker.SiteFacts()));

        Assert.Equal("value 11000003 2024/25 merit_value", found.What);
        Assert.InRange(found.Value, 187.35 - 0.1, 187.35 + 0.1);
    }

    [Fact]
    public void No_page_or_file_shows_a_withheld_exact_value()
    {
        var published = city.Output;
        var figures = PublishedFigures.Read(published);
        var withheld = figures.Cells.Where(c => c.Hidden).Select(c => city.Exact.Single(r => r.Code == c.Code && r.Year == c.Year).Values[c.Measure]).Distinct().ToList();
        // A published number that happens to equal a withheld value is no leak (the attacker tests prove what the means
        // give away): the published values and every mean and bound, all at one decimal, are not searched for.
        var visible = figures.Cells.Where(c => c.Value is not null).Select(c => c.Value!.Value)
            .Concat(figures.Aggregates.SelectMany(a => new[] { a["value"], a["value_low"], a["value_high"] }).Select(PublishedFigures.Number).OfType<double>())
            .ToHashSet();
        var distinctive = withheld.Where(v => Math.Round(v, 1) % 1 != 0 && !visible.Contains(Math.Round(v, 1, MidpointRounding.AwayFromZero))).ToList();
        var patterns = distinctive.Select(v => new Regex($@"(?<![\d.,]){Math.Truncate(v).ToString(CultureInfo.InvariantCulture)}[.,]{(int)Math.Round(v * 10 % 10)}(?!\d)")).ToList();
        var files = Directory.GetFiles(published, "*", SearchOption.AllDirectories).Where(f => Path.GetExtension(f) is ".html" or ".csv" or ".json" or ".xml").ToList();

        Assert.True(patterns.Count >= 8, "too few distinctive withheld values to search for");
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            Assert.All(patterns, p => Assert.False(p.IsMatch(text), $"{Path.GetRelativePath(published, file)} shows {p}"));
        }
    }

    [Fact]
    public void The_default_site_gives_away_no_withheld_value()
    {
        var figures = PublishedFigures.Read(real.Output);
        var attacker = new Attacker(figures);

        var found = attacker.Recover(attacker.SiteFacts());

        Assert.Contains(figures.Cells, c => c.Hidden);
        Assert.Empty(found);
        Assert.Empty(attacker.Anomalies);
    }

    [Fact]
    public void On_the_default_site_Skolverkets_totals_recover_nothing_more_with_the_site_than_without()
    {
        var figures = PublishedFigures.Read(real.Output);
        var attacker = new Attacker(figures);
        var totals = (from c in figures.Cells
                      group c by (c.Year, c.Measure) into g
                      from organizer in new[] { "all", "municipal", "independent" }
                      let cells = g.Where(c => organizer == "all" || c.Organizer == organizer)
                      select new Attacker.MunicipalityTotal(g.Key.Year, g.Key.Measure, organizer, cells.Sum(c => c.Pupils ?? 9), null)).ToList();

        var withSite = attacker.Recover(attacker.SiteFacts().Concat(attacker.SkolverketFacts(totals))).Select(d => d.What);
        var withoutSite = attacker.Recover(attacker.SkolverketFacts(totals)).Select(d => d.What);

        Assert.Empty(withSite.Except(withoutSite));
    }

    [Fact]
    public void The_citys_exact_files_are_listed_without_their_hash()
    {
        var package = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(city.Output, "data", "datapackage.json")))!;
        var inputs = package["x-input-files"]!.AsArray().Select(f => (Name: (string)f!["name"]!, Hash: (string)f["sha256"]!)).ToList();

        Assert.Equal(2, inputs.Count(i => i.Name.Contains("city-exact", StringComparison.Ordinal) && i.Name.EndsWith(".csv", StringComparison.Ordinal)));
        Assert.All(inputs.Where(i => i.Name.Contains("city-exact", StringComparison.Ordinal) && i.Name.EndsWith(".csv", StringComparison.Ordinal)), i => Assert.Equal("withheld", i.Hash));
        Assert.All(inputs.Where(i => i.Name.Contains("public", StringComparison.Ordinal)), i => Assert.Equal(64, i.Hash.Length));
        Assert.Contains("undanhålls", city.Page("/data/").Body!.TextContent, StringComparison.Ordinal);
    }
}
