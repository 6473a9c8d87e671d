using System.Globalization;

namespace Site.Tests.Reproduce;

/// <summary>
/// The teacher figures and the municipal medians recomputed from the published CSV files alone, as the method page
/// describes them, with none of the site's code.
/// </summary>
public class RecomputeStaffTests(Build.RealSiteFixture site) : IClassFixture<Build.RealSiteFixture>
{
    private static string F1(decimal? v) => PublishedCsv.Format(v, 1);

    /// <summary>Type 7: h = (n − 1)p, interpolated between the neighbours.</summary>
    private static decimal Quantile(IReadOnlyList<decimal> sorted, decimal p)
    {
        var h = (sorted.Count - 1) * p;
        var low = (int)Math.Floor(h);
        return low + 1 < sorted.Count ? sorted[low] + ((h - low) * (sorted[low + 1] - sorted[low])) : sorted[low];
    }

    private List<Dictionary<string, string>> Staff() => PublishedCsv.Read(site.Output, "school_staff_tests.csv");

    [Fact]
    public void The_citys_and_every_districts_means_are_unweighted_means_of_the_schools_numbers()
    {
        var district = PublishedCsv.Read(site.Output, "schools.csv")
            .ToDictionary(s => s["school_code"], s => s["district"]);
        var published = PublishedCsv.Read(site.Output, "staff_means.csv");

        Assert.NotEmpty(published);
        foreach (var mean in published)
        {
            var rows = Staff()
                .Where(r => r["school_year"] == mean["school_year"]
                    && r["measure"] == mean["measure"]
                    && (mean["area"] == "city" || district[r["school_code"]] == mean["area"]))
                .ToList();
            var numbers = rows
                .Where(r => r["status"] == "ok")
                .Select(r => PublishedCsv.Number(r["value"])!.Value)
                .ToList();
            Assert.Equal(rows.Count.ToString(CultureInfo.InvariantCulture), mean["n_schools_total"]);
            Assert.Equal(numbers.Count.ToString(CultureInfo.InvariantCulture), mean["n_schools"]);
            Assert.Equal(numbers.Count == 0 ? "" : F1(numbers.Average()), mean["value"]);
        }
    }

    [Fact]
    public void The_high_and_low_need_quarters_follow_the_published_need_index()
    {
        var need = PublishedCsv.Read(site.Output, "school_background.csv")
            .Where(b => b["need_index"].Length > 0)
            .ToDictionary(b => b["school_code"], b => PublishedCsv.Number(b["need_index"])!.Value);
        var published = PublishedCsv.Read(site.Output, "staff_by_need.csv");

        Assert.Contains(published, g => g["school_year"] == "2024/25" && g["measure"] == "pupils_per_teacher");
        foreach (var gap in published)
        {
            var rows = Staff()
                .Where(r => r["school_year"] == gap["school_year"]
                    && r["measure"] == gap["measure"]
                    && need.ContainsKey(r["school_code"]))
                .ToList();
            var indexes = rows.Where(r => r["status"] == "ok").Select(r => need[r["school_code"]]).Order().ToList();
            var (lower, upper) = (Quantile(indexes, 0.25m), Quantile(indexes, 0.75m));
            decimal Mean(Func<decimal, bool> member) =>
                rows
                    .Where(r => r["status"] == "ok" && member(need[r["school_code"]]))
                    .Average(r => PublishedCsv.Number(r["value"])!.Value);
            var (high, low) = (
                Math.Round(Mean(i => i >= upper), 1, MidpointRounding.AwayFromZero),
                Math.Round(Mean(i => i <= lower), 1, MidpointRounding.AwayFromZero));
            Assert.Equal(PublishedCsv.Format(lower, 2), gap["lower_quartile_index"]);
            Assert.Equal(PublishedCsv.Format(upper, 2), gap["upper_quartile_index"]);
            Assert.Equal(F1(high), gap["high_need_mean"]);
            Assert.Equal(F1(low), gap["low_need_mean"]);
            Assert.Equal(F1(high - low), gap["gap"]);
        }
    }

    [Fact]
    public void The_line_of_need_against_pupils_per_teacher_is_least_squares_over_the_published_values()
    {
        var line = PublishedCsv.Read(site.Output, "staff_lines.csv")
            .Single(l => l["key"] == "need_index~pupils_per_teacher");
        var need = PublishedCsv.Read(site.Output, "school_background.csv")
            .Where(b => b["need_index"].Length > 0)
            .ToDictionary(b => b["school_code"], b => (double)PublishedCsv.Number(b["need_index"])!.Value);
        var points = Staff().Where(r => r["school_year"] == line["school_year"]
            && r["measure"] == "pupils_per_teacher"
            && r["status"] == "ok"
            && need.ContainsKey(r["school_code"]))
            .Select(r => (X: need[r["school_code"]], Y: (double)PublishedCsv.Number(r["value"])!.Value)).ToList();
        var (mx, my) = (points.Average(p => p.X), points.Average(p => p.Y));
        var slope = points.Sum(p => (p.X - mx) * (p.Y - my)) / points.Sum(p => (p.X - mx) * (p.X - mx));

        Assert.Equal(points.Count.ToString(CultureInfo.InvariantCulture), line["n_schools"]);
        Assert.Equal(PublishedCsv.Format((decimal)slope, 3), line["slope"]);
        Assert.Equal(PublishedCsv.Format((decimal)(my - (slope * mx)), 3), line["intercept"]);
    }

    [Fact]
    public void Every_median_and_position_among_the_municipalities_comes_from_the_published_reports()
    {
        var reports = PublishedCsv.Read(site.Output, "municipal_reports.csv")
            .Where(r => r["status"] == "ok")
            .GroupBy(r => (r["report"], r["period"], r["organizer"], r["measure"]))
            .ToDictionary(g => g.Key, g => g.Select(r => PublishedCsv.Number(r["value"])!.Value).Order().ToList());
        var figures = PublishedCsv.Read(site.Output, "municipal_figures.csv");

        Assert.Contains(
            figures,
            f => f["report"] == "costs"
                && f["measure"] == "total_per_pupil"
                && f["value"] == "162300"
                && f["median"] == "143650"
                && f["n_below"] == "247"
                && f["n_municipalities"] == "290");
        foreach (var figure in figures)
        {
            var values = reports[(figure["report"], figure["period"], figure["organizer"], figure["measure"])];
            var decimals = figure["median"].Contains('.', StringComparison.Ordinal)
                ? figure["median"].Split('.')[1].Length
                : 0;
            Assert.Equal(PublishedCsv.Format(Quantile(values, 0.5m), decimals), figure["median"]);
            Assert.Equal(PublishedCsv.Format(Quantile(values, 0.25m), decimals), figure["lower_quartile"]);
            Assert.Equal(values.Count.ToString(CultureInfo.InvariantCulture), figure["n_municipalities"]);
            if (PublishedCsv.Number(figure["value"]) is { } own)
            {
                Assert.Equal(values.Count(v => v < own).ToString(CultureInfo.InvariantCulture), figure["n_below"]);
            }
        }
    }
}
