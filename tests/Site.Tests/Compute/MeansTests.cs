using Site.Compute;
using Site.Model;

namespace Site.Tests.Compute;

public class MeansTests
{
    private static MeanEntry Entry(string value, int? pupils = null) =>
        MeanEntry.Of("00000000", SiteTestValues.Parse(value), pupils);

    [Theory]
    // values                        method          expected  included total
    [InlineData("200|250|300", MeanMethod.Unweighted, "250", 3, 3)]
    [InlineData("200|..|300", MeanMethod.Unweighted, "250", 2, 3)]
    [InlineData("..|.", MeanMethod.Unweighted, null, 0, 2)]
    [InlineData("283,2", MeanMethod.Unweighted, "283.2", 1, 1)]
    // (200 + 201 + 201) / 3 = 200.666… is published rounded once: 200.7.
    [InlineData("200|201|201", MeanMethod.Unweighted, "200.7", 3, 3)]
    public void Unweighted_means_leave_suppressed_and_missing_out(
        string values,
        MeanMethod method,
        string? expected,
        int included,
        int total)
    {
        var entries = values.Split('|').Select(v => Entry(v)).ToList();

        var mean = Means.Mean(entries, method);

        Assert.Equal(
            expected is null ? null : decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            mean.Value);
        Assert.Equal(included, mean.SchoolsIncluded);
        Assert.Equal(total, mean.SchoolsTotal);
    }

    [Fact]
    public void Pupil_weighted_means_weigh_each_school_by_its_pupils()
    {
        // (200·10 + 300·30) / 40 = 275; the suppressed school's 8 pupils count in the total but not in the mean.
        var entries = new[] { Entry("200", 10), Entry("300", 30), Entry("..", 8) };

        var mean = Means.Mean(entries, MeanMethod.PupilWeighted);

        Assert.Equal(275m, mean.Value);
        Assert.Equal(40, mean.PupilsIncluded);
        Assert.Equal(48, mean.PupilsTotal);
    }

    [Theory]
    // (200·10 + 300·30 + 87,5·20) / 60 = 12 750 / 60 = 212,5 (the "~100" of 20 pupils counts with its centre 87,5).
    [InlineData(MeanMethod.PupilWeighted, "212.5")]
    // (200 + 300 + 87,5) / 3 = 195,8333… → 195,8.
    [InlineData(MeanMethod.Unweighted, "195.8")]
    public void Sums_kept_without_bounds_give_the_value_of_the_mean_with_them(MeanMethod method, string expected)
    {
        var entries = new[] { Entry("200", 10), Entry("300", 30), Entry("~100", 20), Entry("..", 8) };
        var (full, central) = (new MeanSums(weighted: true), new MeanSums(weighted: true, centralOnly: true));
        foreach (var entry in entries)
        {
            full.Add(entry);
            central.Add(entry);
        }

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), central.Value(method));
        Assert.Equal(full.Mean(method).Value, central.Value(method));
        Assert.Null(new MeanSums(weighted: false, centralOnly: true).Value(MeanMethod.Unweighted));
    }

    [Theory]
    // N = 20: 1–4 of 20 lacking → [80, 95]; centre 2.5 lacking → 87.5.
    [InlineData(20, "87.5", "80.0", "95.0")]
    // N = 13 (the methodology's example): [69.2…, 92.3…] → bounds rounded outward 69.2 and 92.4; centre 80.769… → 80.8.
    [InlineData(13, "80.8", "69.2", "92.4")]
    // N = 192 (Adolf Fredriks musikklasser 2024/25): [97.916…, 99.479…] → 97.9 and 99.5; centre 98.697… → 98.7.
    [InlineData(192, "98.7", "97.9", "99.5")]
    public void A_near_100_cell_stands_for_the_interval_its_pupil_count_allows(
        int pupils,
        string central,
        string low,
        string high)
    {
        var bounds = NearHundred.Bounds(pupils);

        Assert.Equal(decimal.Parse(central, System.Globalization.CultureInfo.InvariantCulture), bounds.Central);
        Assert.Equal(decimal.Parse(low, System.Globalization.CultureInfo.InvariantCulture), bounds.Low);
        Assert.Equal(decimal.Parse(high, System.Globalization.CultureInfo.InvariantCulture), bounds.High);
    }

    [Fact]
    public void A_near_100_cell_counts_with_its_central_value_and_bounds_the_mean()
    {
        // 90 with 20 pupils and ~100 with 20 pupils: (90·20 + 87.5·20) / 40 = 88.75 → 88.8;
        // bounds (90·20 + 80·20) / 40 = 85 and (90·20 + 95·20) / 40 = 92.5.
        var entries = new[] { Entry("90", 20), Entry("~100", 20), Entry(".", 5) };

        var mean = Means.Mean(entries, MeanMethod.PupilWeighted);

        Assert.Equal(88.8m, mean.Value);
        Assert.Equal(85.0m, mean.Low);
        Assert.Equal(92.5m, mean.High);
        Assert.Equal(2, mean.SchoolsIncluded);
        Assert.Equal(3, mean.SchoolsTotal);
    }

    [Theory]
    [InlineData(true, MeanMethod.PupilWeighted)]
    [InlineData(false, MeanMethod.Unweighted)]
    public void A_year_is_weighted_only_when_every_school_in_its_means_has_a_pupil_count(
        bool counts,
        MeanMethod expected)
    {
        // The suppressed school's missing count does not matter: it is in no mean.
        IReadOnlyList<MeanEntry> year = [Entry("200", 10), Entry("~100", counts ? 40 : null), Entry("..", null)];

        Assert.Equal(expected, Means.YearMethod(year));
    }
}
