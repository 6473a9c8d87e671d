using System.Globalization;
using Site.Tests.Build;
using static Site.Tests.Reproduce.PublishedCsv;

namespace Site.Tests.Reproduce;

/// <summary>
/// The promise to journalists: every published aggregate, gap, change and reconciliation is recomputed here from the
/// published CSV files alone, with the rules the methodology page states and none of the site's code, and must come out
/// exactly as published, digit for digit (the fitted lines: RecomputeFitsFromCsvTests).
/// </summary>
public class RecomputeFromCsvTests(RealSiteFixture site) : IClassFixture<RealSiteFixture>
{
    private List<Dictionary<string, string>> Rows => PublishedCsv.Read(site.Output, "school_results.csv");

    [Fact]
    public void Each_school_row_puts_its_value_or_the_near_100_interval_into_the_means()
    {
        var rows = Rows;
        var counts = rows
            .Where(r => r["pupils"].Length > 0)
            .GroupBy(r => r["school_code"])
            .ToDictionary(
                g => g.Key,
                g => g
                    .DistinctBy(r => r["school_year"])
                    .ToDictionary(r => r["school_year"], r => int.Parse(r["pupils"], CultureInfo.InvariantCulture)));

        Assert.Contains(rows, r => r["status"] == "rounded_100" && r["bound_basis"] == "count");
        Assert.Contains(rows, r => r["status"] == "rounded_100" && r["bound_basis"] == "nearest_year_count");
        foreach (var r in rows)
        {
            switch (r["status"])
            {
                case "ok":
                    Assert.Equal(
                        (r["value"], r["value"], r["value"]),
                        (r["mean_value"], r["mean_low"], r["mean_high"]));
                    break;
                case "rounded_100":
                    decimal n = int.Parse(r["bound_pupils"], CultureInfo.InvariantCulture);
                    Assert.Equal(Format(100 * (n - 2.5m) / n, 1), r["mean_value"]);
                    Assert.Equal(
                        (Math.Floor(1000 * (n - 4) / n) / 10).ToString("F1", CultureInfo.InvariantCulture),
                        r["mean_low"]);
                    Assert.Equal(
                        (Math.Ceiling(1000 * (n - 1) / n) / 10).ToString("F1", CultureInfo.InvariantCulture),
                        r["mean_high"]);
                    var own = counts.GetValueOrDefault(r["school_code"]);
                    if (r["bound_basis"] == "count")
                    {
                        Assert.Equal(r["pupils"], r["bound_pupils"]);
                    }
                    else if (r["bound_basis"] == "nearest_year_count")
                    {
                        Assert.Empty(r["pupils"]);
                        Assert.Contains(
                            r["bound_pupils"],
                            own!.Values.Select(v => v.ToString(CultureInfo.InvariantCulture)));
                    }

                    break;
                default:
                    Assert.Equal(("", "", ""), (r["mean_value"], r["mean_low"], r["mean_high"]));
                    break;
            }
        }
    }

    [Fact]
    public void Every_aggregate_and_gap_is_the_mean_of_the_school_rows()
    {
        var rows = Rows;
        var aggregates = PublishedCsv.Read(site.Output, "aggregates.csv");
        var city = aggregates
            .Where(a => a["level"] == "city")
            .ToDictionary(a => (a["organizer"], a["school_year"], a["measure"], a["method"]), a => a["value"]);

        Assert.Contains(aggregates, a => a["method"] == "pupil_weighted");
        foreach (var a in aggregates)
        {
            var matching = rows.Where(r => r["school_year"] == a["school_year"] && r["measure"] == a["measure"]
                && (a["organizer"] == "all" || r["organizer"] == a["organizer"])
                && (a["level"] == "city" || r["district"] == a["area"])).ToList();
            var (value, low, high, included) = Mean(matching, a["method"] == "pupil_weighted");
            var what = string.Join(' ', a.Values);

            Assert.True(
                (Format(value, 1), Format(low, 1), Format(high, 1)) == (a["value"], a["value_low"], a["value_high"]),
                what);
            Assert.Equal(included.Count.ToString(CultureInfo.InvariantCulture), a["n_schools"]);
            Assert.Equal(matching.Count.ToString(CultureInfo.InvariantCulture), a["n_schools_total"]);
            var pupilsKnown = matching.Any(r => r["pupils"].Length > 0);
            Assert.Equal(
                pupilsKnown ? included.Sum(r => Integer(r["pupils"]) ?? 0).ToString(CultureInfo.InvariantCulture) : "",
                a["n_pupils"]);
            Assert.Equal(
                pupilsKnown ? matching.Sum(r => Integer(r["pupils"]) ?? 0).ToString(CultureInfo.InvariantCulture) : "",
                a["n_pupils_total"]);
            var cityValue = city[(a["organizer"], a["school_year"], a["measure"], a["method"])];
            var gap = a["level"] == "district" && a["value"].Length > 0 && cityValue.Length > 0
                ? Format(Number(a["value"]) - Number(cityValue), 1)
                : "";
            Assert.True(gap == a["gap_to_city"], what);
        }

        // A year is pupil-weighted exactly when every school in its means has a pupil count.
        foreach (var year in aggregates.Where(a => a["level"] == "city" && a["method"] == "unweighted"))
        {
            var included = rows
                .Where(r => r["school_year"] == year["school_year"]
                    && r["measure"] == year["measure"]
                    && r["mean_value"].Length > 0
                    && (year["organizer"] == "all" || r["organizer"] == year["organizer"]))
                .ToList();
            var weighted = included.Count > 0 && included.All(r => r["pupils"].Length > 0);
            Assert.Equal(
                weighted,
                aggregates.Any(a => a["level"] == "city"
                    && a["method"] == "pupil_weighted"
                    && a["school_year"] == year["school_year"]
                    && a["measure"] == year["measure"]
                    && a["organizer"] == year["organizer"]));
        }
    }

    [Fact]
    public void Every_change_compares_the_same_schools_in_both_years()
    {
        var rows = Rows;
        var changes = PublishedCsv.Read(site.Output, "year_changes.csv");

        Assert.NotEmpty(changes);
        foreach (var c in changes)
        {
            bool InArea(Dictionary<string, string> r) =>
                r["measure"] == c["measure"]
                    && (c["organizer"] == "all" || r["organizer"] == c["organizer"])
                    && (c["level"] == "city" || r["district"] == c["area"])
                    && r["mean_value"].Length > 0;
            var before = rows
                .Where(r => r["school_year"] == c["from_year"] && InArea(r))
                .ToDictionary(r => r["school_code"]);
            var after = rows
                .Where(r => r["school_year"] == c["to_year"] && InArea(r))
                .ToDictionary(r => r["school_code"]);
            var panel = before.Keys.Where(after.ContainsKey).ToList();
            var weighted = c["method"] == "pupil_weighted";
            var from = Format(Mean(panel.Select(p => before[p]).ToList(), weighted).Value, 1);
            var to = Format(Mean(panel.Select(p => after[p]).ToList(), weighted).Value, 1);

            Assert.Equal(panel.Count.ToString(CultureInfo.InvariantCulture), c["n_schools"]);
            Assert.Equal((from, to), (c["from_mean"], c["to_mean"]));
            Assert.Equal(from.Length > 0 && to.Length > 0 ? Format(Number(to) - Number(from), 1) : "", c["change"]);
        }

        var city = changes.Single(c => c["level"] == "city"
            && c["organizer"] == "all"
            && c["measure"] == "merit_value"
            && c["to_year"] == "2024/25");
        Assert.Equal(("129", "1.8"), (city["n_schools"], city["change"]));
    }

    [Fact]
    public void Every_socioeconomic_gap_follows_from_the_need_index_and_the_school_rows()
    {
        var rows = Rows;
        var need = PublishedCsv.Read(site.Output, "school_background.csv")
            .Where(b => b["need_index"].Length > 0)
            .ToDictionary(b => b["school_code"], b => Number(b["need_index"])!.Value);
        var gaps = PublishedCsv.Read(site.Output, "socioeconomic_gap.csv");

        Assert.NotEmpty(gaps);
        foreach (var g in gaps)
        {
            var schools = rows
                .Where(r => r["school_year"] == g["school_year"]
                    && r["measure"] == g["measure"]
                    && (g["organizer"] == "all" || r["organizer"] == g["organizer"])
                    && need.ContainsKey(r["school_code"]))
                .ToList();
            var sorted = schools
                .Where(r => r["mean_value"].Length > 0)
                .Select(r => need[r["school_code"]])
                .Order()
                .ToList();
            var (lower, upper) = (Quantile(sorted, 0.25m), Quantile(sorted, 0.75m));
            var weighted = g["method"] == "pupil_weighted";
            var high = Mean(schools.Where(r => need[r["school_code"]] >= upper).ToList(), weighted);
            var low = Mean(schools.Where(r => need[r["school_code"]] <= lower).ToList(), weighted);

            Assert.Equal((Format(lower, 2), Format(upper, 2)), (g["lower_quartile_index"], g["upper_quartile_index"]));
            Assert.Equal((Format(high.Value, 1), Format(low.Value, 1)), (g["high_need_mean"], g["low_need_mean"]));
            Assert.Equal(
                (
                    high.Included.Count.ToString(CultureInfo.InvariantCulture),
                    low.Included.Count.ToString(CultureInfo.InvariantCulture)),
                (g["high_need_n_schools"], g["low_need_n_schools"]));
            Assert.Equal(Format(Number(g["high_need_mean"]) - Number(g["low_need_mean"]), 1), g["gap"]);
        }
    }

    [Fact]
    public void The_reconciliation_sets_Skolverkets_figure_beside_the_published_mean()
    {
        var official = PublishedCsv.Read(site.Output, "official.csv")
            .ToDictionary(o => (o["organizer"], o["school_year"], o["indicator"]));
        var aggregates = PublishedCsv.Read(site.Output, "aggregates.csv").Where(a => a["level"] == "city").ToList();
        var reconciliation = PublishedCsv.Read(site.Output, "reconciliation.csv");

        Assert.Equal(3 * 3 * 5, reconciliation.Count);
        foreach (var r in reconciliation)
        {
            var ours = aggregates
                .Where(a => a["organizer"] == r["organizer"]
                    && a["school_year"] == r["school_year"]
                    && a["measure"] == r["measure"])
                .OrderBy(a => a["method"] == "pupil_weighted" ? 0 : 1)
                .First();
            Assert.Equal(official[(r["organizer"], r["school_year"], r["measure"])]["value"], r["official_value"]);
            Assert.Equal(official[(r["organizer"], r["school_year"], "pupils")]["value"], r["official_pupils"]);
            Assert.Equal(
                (ours["method"], ours["value"], ours["n_pupils"]),
                (r["method"], r["recomputed"], r["recomputed_pupils"]));
            Assert.Equal(Format(Number(r["official_value"]) - Number(r["recomputed"]), 1), r["difference"]);
        }
    }

    /// <summary>The methodology's mean: Σ w·mean_value / Σ w over the rows with a mean_value, w = pupils or 1; and its
    /// bounds.</summary>
    private static (decimal? Value, decimal? Low, decimal? High, List<Dictionary<string, string>> Included) Mean(
        List<Dictionary<string, string>> rows,
        bool weighted)
    {
        var included = rows.Where(r => r["mean_value"].Length > 0).ToList();
        if (included.Count == 0)
        {
            return (null, null, null, included);
        }

        decimal W(Dictionary<string, string> r) => weighted ? Integer(r["pupils"])!.Value : 1;
        var total = included.Sum(W);
        decimal Of(string column) => included.Sum(r => W(r) * Number(r[column])!.Value) / total;
        return (Of("mean_value"), Of("mean_low"), Of("mean_high"), included);
    }

    /// <summary>Type 7 quantile (Excel's KVARTIL.INK): position (n − 1)·p, linear between neighbours.</summary>
    private static decimal Quantile(List<decimal> sorted, decimal p)
    {
        var h = (sorted.Count - 1) * p;
        var i = (int)Math.Floor(h);
        return sorted[i] + (h - i) * (sorted[Math.Min(i + 1, sorted.Count - 1)] - sorted[i]);
    }
}
