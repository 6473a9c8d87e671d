using System.Globalization;
using Site.Tests.Build;
using static Site.Tests.Reproduce.PublishedCsv;

namespace Site.Tests.Reproduce;

/// <summary>
/// The promise to journalists: every published aggregate, gap, change and trend is recomputed here from the published
/// CSV files alone, with the rules the methodology page states and none of the site's code, and must come out exactly
/// as published, digit for digit.
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
    public void Every_trend_is_the_least_squares_line_through_the_publishedSderies()
    {
        var aggregates = PublishedCsv.Read(site.Output, "aggregates.csv")
            .Where(a => a["method"] == "unweighted")
            .ToList();
        var gaps = PublishedCsv.Read(site.Output, "socioeconomic_gap.csv")
            .Where(g => g["method"] == "unweighted")
            .ToList();
        var rows = Rows;
        var trends = PublishedCsv.Read(site.Output, "trends.csv");

        Assert.Contains(trends, t => t["quantity"] == "gap_to_city");
        foreach (var t in trends)
        {
            var series = t["quantity"] switch
            {
                "socioeconomic_gap" => gaps
                    .Where(g => g["organizer"] == t["organizer"] && g["measure"] == t["measure"])
                    .Select(g => (g["school_year"], g["gap"])),
                "gap_to_city" => aggregates
                    .Where(a => a["area"] == t["area"]
                        && a["organizer"] == t["organizer"]
                        && a["measure"] == t["measure"])
                    .Select(a => (a["school_year"], a["gap_to_city"])),
                _ when t["level"] == "school" => rows
                    .Where(r => r["school_code"] == t["area"] && r["measure"] == t["measure"])
                    .Select(r => (r["school_year"], r["value"])),
                _ => aggregates
                    .Where(a => a["level"] == t["level"]
                        && a["area"] == t["area"]
                        && a["organizer"] == t["organizer"]
                        && a["measure"] == t["measure"])
                    .Select(a => (a["school_year"], a["value"])),
            };
            var points = series
                .Where(p => p.Item2.Length > 0)
                .Select(p => (
                    X: (double)int.Parse(p.Item1[..4], CultureInfo.InvariantCulture),
                    Y: (double)Number(p.Item2)!.Value))
                .OrderBy(p => p.X)
                .ToList();
            var what = string.Join(' ', t.Values);

            Assert.Equal(points.Count.ToString(CultureInfo.InvariantCulture), t["n_years"]);
            if (points.Count < 2)
            {
                Assert.Equal("", t["slope"]);
                Assert.Equal("too_few_years", t["verdict"]);
                Assert.True(t["gap_verdict"] is "" or "too_few_years", what);
                continue;
            }

            var (mx, my) = (points.Average(p => p.X), points.Average(p => p.Y));
            var sxx = points.Sum(p => (p.X - mx) * (p.X - mx));
            var slope = points.Sum(p => (p.X - mx) * (p.Y - my)) / sxx;
            Assert.True(Format((decimal)slope, 3) == t["slope"], what);
            if (points.Count < 3)
            {
                Assert.Equal("too_few_years", t["verdict"]);
                Assert.True(t["gap_verdict"] is "" or "too_few_years", what);
                continue;
            }

            var ssr = points.Sum(p => Math.Pow(p.Y - (my + slope * (p.X - mx)), 2));
            Assert.True(Format((decimal)Math.Sqrt(ssr / (points.Count - 2) / sxx), 3) == t["standard_error"], what);
            var (b, se, tc) = (
                Number(t["slope"])!.Value,
                Number(t["standard_error"])!.Value,
                Number(t["t_critical"])!.Value);
            Assert.Equal((Format(b - tc * se, 3), Format(b + tc * se, 3)), (t["interval_low"], t["interval_high"]));
            var verdict = Number(t["interval_low"]) > 0
                ? "increasing"
                : Number(t["interval_high"]) < 0 ? "decreasing" : "no_clear_change";
            Assert.Equal(verdict, t["verdict"]);
            if (t["gap_verdict"].Length > 0)
            {
                var sum = points.Sum(p => p.Y);
                var gapVerdict = verdict == "no_clear_change" || sum == 0
                    ? "no_clear_change"
                    : (sum < 0) == (verdict == "increasing") ? "narrowing" : "widening";
                Assert.Equal(gapVerdict, t["gap_verdict"]);
            }
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

    [Fact]
    public void Every_need_gradient_is_the_least_squares_line_through_the_published_rows()
    {
        var rows = Rows;
        var need = PublishedCsv.Read(site.Output, "school_background.csv")
            .Where(b => b["need_index"].Length > 0)
            .ToDictionary(b => b["school_code"], b => (double)Number(b["need_index"])!.Value);
        var gradients = PublishedCsv.Read(site.Output, "need_gradient.csv");

        Assert.NotEmpty(gradients);
        foreach (var g in gradients)
        {
            var points = rows.Where(r => r["school_year"] == g["school_year"]
                && r["measure"] == g["measure"]
                && r["status"] == "ok"
                && need.ContainsKey(r["school_code"]))
                .Select(r => (X: need[r["school_code"]], Y: (double)Number(r["value"])!.Value)).ToList();
            var (mx, my) = (points.Average(p => p.X), points.Average(p => p.Y));
            var slope = points.Sum(p => (p.X - mx) * (p.Y - my)) / points.Sum(p => (p.X - mx) * (p.X - mx));

            Assert.Equal(points.Count.ToString(CultureInfo.InvariantCulture), g["n_schools"]);
            Assert.Equal(
                (Format((decimal)(my - (slope * mx)), 4), Format((decimal)slope, 4)),
                (g["intercept"], g["slope_per_index_point"]));
        }
    }

    [Fact]
    public void Every_expected_value_follows_from_a_refit_of_the_published_rows()
    {
        var rows = Rows;
        var background = PublishedCsv.Read(site.Output, "school_background.csv")
            .Where(b => IsNumber(b["parents_post_secondary_pct"]) && IsNumber(b["foreign_background_pct"]))
            .ToDictionary(
                b => b["school_code"],
                b => (
                    P: Number(b["parents_post_secondary_pct"])!.Value,
                    F: Number(b["foreign_background_pct"])!.Value));
        var models = PublishedCsv.Read(site.Output, "expected_models.csv");
        var expected = PublishedCsv.Read(site.Output, "expected.csv")
            .ToDictionary(e => (e["school_code"], e["school_year"], e["measure"]));

        Assert.Contains(models, m => m["method"] == "pupil_weighted");
        foreach (var m in models)
        {
            var fit = rows
                .Where(r => r["school_year"] == m["school_year"]
                    && r["measure"] == m["measure"]
                    && r["status"] == "ok"
                    && background.ContainsKey(r["school_code"]))
                .ToList();
            var weighted = m["method"] == "pupil_weighted";
            Assert.Equal(weighted, fit.All(r => r["pupils"].Length > 0));
            var x = fit
                .Select(r => new[] { 1.0, (double)background[r["school_code"]].P, (double)background[r["school_code"]].F })
                .ToList();
            var y = fit.Select(r => (double)Number(r["value"])!.Value).ToList();
            var w = fit.Select(r => weighted ? (double)Integer(r["pupils"])!.Value : 1.0).ToList();
            var mean = w.Average();
            w = w.Select(v => v / mean).ToList();
            var a = Inverse3(Sum(x, w, (xi, wi) => Outer(xi, xi, wi)));
            var b = Multiply(
                a,
                Enumerable.Range(0, 3).Select(k => x.Select((xi, i) => w[i] * xi[k] * y[i]).Sum()).ToArray());
            var squared = Sum(x, w, (xi, wi) => Outer(xi, xi, wi * wi));
            var published = new[] { m["b0"], m["b1_parents_post_secondary"], m["b2_foreign_background"] }
                .Select(c => Number(c)!.Value)
                .ToArray();

            Assert.Equal(fit.Count.ToString(CultureInfo.InvariantCulture), m["n_schools"]);
            Assert.Equal(published.Select(c => Format(c, 4)), b.Select(c => Format((decimal)c, 4)));
            // v = 1 − 2w·xᵀAx + xᵀABAx; s² = Σe² / Σv.
            double V(int i)
            {
                var ax = Multiply(a, x[i]);
                return 1 - (2 * w[i] * Dot(x[i], ax)) + Dot(ax, Multiply(squared, ax));
            }

            var residuals = y.Select((v, i) => v - Dot(b, x[i])).ToList();
            var s = Math.Sqrt(residuals.Sum(e => e * e) / Enumerable.Range(0, fit.Count).Sum(V));
            Assert.Equal(Format((decimal)s, 3), m["residual_sd"]);
            var t = Number(m["t_critical"])!.Value;
            for (var i = 0; i < fit.Count; i++)
            {
                var e = expected[(fit[i]["school_code"], m["school_year"], m["measure"])];
                var (p, f) = background[fit[i]["school_code"]];
                var value = Format(published[0] + (published[1] * p) + (published[2] * f), 1);
                Assert.Equal(value, e["expected"]);
                Assert.Equal(Format(Number(e["actual"]) - Number(value), 1), e["residual"]);
                Assert.Equal(Format((decimal)V(i), 4), e["variance_factor"]);
                var publishedSd = Number(m["residual_sd"])!.Value;
                Assert.Equal(
                    Format(t * publishedSd * (decimal)Math.Sqrt((double)Number(e["variance_factor"])!.Value), 1),
                    e["half_width"]);
                Assert.Equal(
                    (
                        Format(Number(e["residual"]) - Number(e["half_width"]), 1),
                        Format(Number(e["residual"]) + Number(e["half_width"]), 1)),
                    (e["interval_low"], e["interval_high"]));
                var label = Number(e["interval_low"]) > 0
                    ? "clearly_above"
                    : Number(e["interval_high"]) < 0 ? "clearly_below" : "within_expected";
                Assert.Equal(label, e["label"]);
            }
        }
    }

    private static bool IsNumber(string text) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out _);

    private static double[,] Outer(double[] a, double[] b, double scale)
    {
        var m = new double[3, 3];
        for (var i = 0; i < 3; i++)
        {
            for (var j = 0; j < 3; j++)
            {
                m[i, j] = scale * a[i] * b[j];
            }
        }

        return m;
    }

    private static double[,] Sum(List<double[]> x, List<double> w, Func<double[], double, double[,]> term)
    {
        var sum = new double[3, 3];
        for (var r = 0; r < x.Count; r++)
        {
            var m = term(x[r], w[r]);
            for (var i = 0; i < 3; i++)
            {
                for (var j = 0; j < 3; j++)
                {
                    sum[i, j] += m[i, j];
                }
            }
        }

        return sum;
    }

    /// <summary>The inverse of a 3×3 matrix by its adjugate over the determinant.</summary>
    private static double[,] Inverse3(double[,] m)
    {
        double C(int r, int c)
        {
            int r1 = (r + 1) % 3, r2 = (r + 2) % 3, c1 = (c + 1) % 3, c2 = (c + 2) % 3;
            return (m[r1, c1] * m[r2, c2]) - (m[r1, c2] * m[r2, c1]);
        }

        var det = (m[0, 0] * C(0, 0)) + (m[0, 1] * C(0, 1)) + (m[0, 2] * C(0, 2));
        var inverse = new double[3, 3];
        for (var i = 0; i < 3; i++)
        {
            for (var j = 0; j < 3; j++)
            {
                inverse[i, j] = C(j, i) / det;
            }
        }

        return inverse;
    }

    private static double[] Multiply(double[,] m, double[] x) =>
        Enumerable.Range(0, 3).Select(i => (m[i, 0] * x[0]) + (m[i, 1] * x[1]) + (m[i, 2] * x[2])).ToArray();

    private static double Dot(double[] a, double[] b) => (a[0] * b[0]) + (a[1] * b[1]) + (a[2] * b[2]);

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
