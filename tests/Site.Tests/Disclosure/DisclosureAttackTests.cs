using System.Globalization;
using System.Text.RegularExpressions;
using Site.Tests.Build;

namespace Site.Tests.Disclosure;

/// <summary>
/// The attacker takes everything a built site publishes and tries to recover each value Skolverket's rule withholds.
/// It must fail on the default site and on the crafted city; with Skolverket's own municipality totals added it may
/// only recover what those totals and the public school rows already give away without this site.
/// </summary>
public class DisclosureAttackTests(
    DisclosureFixture city,
    RealSiteFixture real) : IClassFixture<DisclosureFixture>, IClassFixture<RealSiteFixture>
{
    [Fact]
    public void The_crafted_city_has_the_scenarios_it_is_meant_to_have()
    {
        var figures = PublishedFigures.Read(city.Output);
        var hidden = figures.Cells
            .Where(c => c.Status == "suppressed")
            .Select(c => (c.Year, c.District, c.Code))
            .Distinct()
            .ToList();

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

        var withSite = attacker
            .Recover(attacker.SiteFacts().Concat(attacker.SkolverketFacts(totals)))
            .Select(d => d.What);
        var withoutSite = attacker.Recover(attacker.SkolverketFacts(totals)).Select(d => d.What);

        Assert.Empty(withSite.Except(withoutSite));

        // Skolverket's own totals and its public school rows do give away the one small school of 2023/24 (its pupils,
        // and its merit value to within ±5 points): the attacker is not blind, and the site adds nothing to what they
        // give.
        Assert.Contains("pupils 22000002 2023/24", withoutSite);
        Assert.Contains("value 22000002 2023/24 merit_value", withoutSite);
        Assert.DoesNotContain(
            withSite,
            w => w.Contains("2024/25 ", StringComparison.Ordinal) && w.StartsWith("value", StringComparison.Ordinal));
    }

    [Fact]
    public void The_attacker_does_recover_a_value_from_a_mean_that_includes_it()
    {
        var figures = PublishedFigures.Read(city.Output);
        var alfa = city.Exact
            .Where(r => r.Year == "2024/25" && r.Code.StartsWith("11", StringComparison.Ordinal))
            .ToList();
        var naive = alfa.Select(r => Math.Round(r.Values["merit_value"], 1, MidpointRounding.AwayFromZero)).Average();
        var leaky = figures.Aggregates.Append(new Dictionary<string, string>
        {
            ["level"] = "district",
            ["area"] = "alfa",
            ["organizer"] = "all",
            ["school_year"] = "2024/25",
            ["measure"] = "merit_value",
            ["value"] = naive.ToString("0.00", CultureInfo.InvariantCulture),
            ["method"] = "unweighted",
            ["n_schools"] = "3",
            ["n_pupils"] = "",
        }).ToList();
        var attacker = new Attacker(
            new PublishedFigures
            {
                Cells = figures.Cells,
                Aggregates = leaky,
                SocioeconomicGaps = [],
                Expected = [],
                NeedIndex = figures.NeedIndex,
            });

        var found = Assert.Single(attacker.Recover(attacker.SiteFacts()));

        Assert.Equal("value 11000003 2024/25 merit_value", found.What);
        Assert.InRange(found.Value, 187.35 - 0.1, 187.35 + 0.1);
    }

    [Fact]
    public void No_page_or_file_shows_a_withheld_exact_value()
    {
        var published = city.Output;
        var figures = PublishedFigures.Read(published);
        var withheld = figures.Cells
            .Where(c => c.Hidden)
            .Select(c => city.Exact.Single(r => r.Code == c.Code && r.Year == c.Year).Values[c.Measure])
            .Distinct()
            .ToList();
        // A published number that happens to equal a withheld value is no leak (the attacker tests prove what the means
        // give away): the published values and every mean and bound, all at one decimal, are not searched for.
        var visible = figures.Cells.Where(c => c.Value is not null).Select(c => c.Value!.Value)
            .Concat(
                figures.Aggregates
                    .SelectMany(a => new[] { a["value"], a["value_low"], a["value_high"] })
                    .Select(PublishedFigures.Number)
                    .OfType<double>())
            .ToHashSet();
        var distinctive = withheld
            .Where(v => Math.Round(v, 1) % 1 != 0 && !visible.Contains(Math.Round(v, 1, MidpointRounding.AwayFromZero)))
            .ToList();
        var patterns = distinctive
            .Select(v => new Regex(
                $@"(?<![\d.,]){Math.Truncate(v).ToString(CultureInfo.InvariantCulture)}"
                + $@"[.,]{(int)Math.Round(v * 10 % 10)}(?!\d)"))
            .ToList();
        var files = Directory.GetFiles(published, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is ".html" or ".csv" or ".json" or ".xml")
            .ToList();

        Assert.True(patterns.Count >= 8, "too few distinctive withheld values to search for");
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            Assert.All(
                patterns,
                p => Assert.False(p.IsMatch(text), $"{Path.GetRelativePath(published, file)} shows {p}"));
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
    public void On_the_default_site_Skolverkets_real_totals_recover_nothing_more_with_the_site_than_without()
    {
        var figures = PublishedFigures.Read(real.Output);
        var attacker = new Attacker(figures);
        // Skolverket's real municipality figures (pupils and means per organizer, 2020/21–2024/25), as official.csv has
        // them.
        var totals = attacker.OfficialTotals().ToList();

        var withSite = attacker
            .Recover(attacker.SiteFacts().Concat(attacker.SkolverketFacts(totals)))
            .Select(d => d.What)
            .ToList();
        var withoutSite = attacker.Recover(attacker.SkolverketFacts(totals)).Select(d => d.What).ToList();

        Assert.Equal(5 * 3 * 3, totals.Count);
        Assert.Contains(
            totals,
            t => t is { Year: "2024/25", Measure: "merit_value", Organizer: "all", Pupils: 11318, Mean: 251.9 });
        Assert.Empty(withSite.Except(withoutSite));
    }

    [Fact]
    public void The_bounds_pin_what_linear_algebra_cannot()
    {
        // Two withheld shares whose sum is published as 198 ± 0,1: no combination of the facts isolates either, but a
        // share is at most 100, so each lies in [97,9, 100] and is given away. The 1–9 pupils behind '..' likewise.
        var figures = PublishedFigures.Read(city.Output);
        var hidden = figures.Cells
            .Where(c => c.Status == "suppressed" && c.Year == "2024/25" && c.Measure == "eligible_vocational_pct")
            .Take(2)
            .ToList();
        var attacker = new Attacker(figures);
        var sum = new LinearRecovery.Fact(hidden.ToDictionary(Attacker.ValueOf, _ => 1.0), 198, 0.1);
        var pupils = new LinearRecovery.Fact(hidden.ToDictionary(Attacker.PupilsOf, _ => 1.0), 18, 0);

        Assert.Equal(2, hidden.Count);
        Assert.Empty(LinearRecovery.Solve([sum, pupils]));
        var found = attacker.Recover([sum, pupils]).Select(d => d.What).ToList();

        Assert.Contains(Attacker.ValueOf(hidden[0]), found);
        Assert.Contains(Attacker.ValueOf(hidden[1]), found);
        // 18 pupils in two schools of at most 9 each: 9 and 9, so both counts are given away; 17 would leave 8 or 9.
        Assert.Contains(Attacker.PupilsOf(hidden[0]), found);
        Assert.Contains(Attacker.PupilsOf(hidden[1]), found);
        var seventeen = new LinearRecovery.Fact(hidden.ToDictionary(Attacker.PupilsOf, _ => 1.0), 17, 0);
        Assert.DoesNotContain(
            attacker.Recover([seventeen]),
            d => d.What.StartsWith("pupils", StringComparison.Ordinal));
    }

    [Fact]
    public void The_citys_exact_files_are_listed_without_their_hash()
    {
        var package = System.Text.Json.Nodes.JsonNode.Parse(
            File.ReadAllText(Path.Combine(city.Output, "data", "datapackage.json")))!;
        var inputs = package["x-input-files"]!
            .AsArray()
            .Select(f => (Name: (string)f!["name"]!, Hash: (string)f["sha256"]!))
            .ToList();

        Assert.Equal(
            2,
            inputs.Count(i => i.Name.Contains("city-exact", StringComparison.Ordinal)
                && i.Name.EndsWith(".csv", StringComparison.Ordinal)));
        Assert.All(
            inputs.Where(i => i.Name.Contains("city-exact", StringComparison.Ordinal)
                && i.Name.EndsWith(".csv", StringComparison.Ordinal)),
            i => Assert.Equal("withheld", i.Hash));
        Assert.All(
            inputs.Where(i => i.Name.Contains("public", StringComparison.Ordinal)),
            i => Assert.Equal(64, i.Hash.Length));
        Assert.Contains("undanhålls", city.Page("/data/").Body!.TextContent, StringComparison.Ordinal);
    }
}
