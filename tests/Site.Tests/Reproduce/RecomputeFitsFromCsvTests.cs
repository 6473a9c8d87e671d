using System.Globalization;
using Site.Tests.Build;
using static Site.Tests.Reproduce.PublishedCsv;

namespace Site.Tests.Reproduce;

/// <summary>
/// The promise to journalists, for the fitted lines: every published trend, need gradient and expected value is fitted
/// again here from the published CSV files alone, by least squares as the methodology page states and with none of the
/// site's code, and must come out exactly as published.
/// </summary>
public class RecomputeFitsFromCsvTests(RealSiteFixture site) : IClassFixture<RealSiteFixture>
{
    private List<Dictionary<string, string>> Rows => PublishedCsv.Read(site.Output, "school_results.csv");
    [Fact]
    public void Every_trend_is_the_least_squares_line_through_the_published_series()
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
                .Select(r => background[r["school_code"]])
                .Select(b => new[] { 1.0, (double)b.P, (double)b.F })
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
}
