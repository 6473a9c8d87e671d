using Site.Compute;
using Site.Model;

namespace Site.Tests.Compute;

public class MeansTests
{
    private static MeanEntry Entry(string value, int? pupils = null) =>
        new("00000000", SiteTestValues.Parse(value), pupils);

    [Theory]
    // values                        method          expected  included total
    [InlineData("200|250|300", MeanMethod.Unweighted, "250", 3, 3)]
    [InlineData("200|..|300", MeanMethod.Unweighted, "250", 2, 3)]
    [InlineData("90|~100|.", MeanMethod.Unweighted, "90", 1, 3)]
    [InlineData("..|.", MeanMethod.Unweighted, null, 0, 2)]
    [InlineData("283,2", MeanMethod.Unweighted, "283.2", 1, 1)]
    public void Unweighted_means_leave_markers_out(string values, MeanMethod method, string? expected, int included, int total)
    {
        var entries = values.Split('|').Select(v => Entry(v)).ToList();

        var mean = Means.Mean(entries, method);

        Assert.Equal(expected is null ? null : decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), mean.Value);
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
    [InlineData(true, true, MeanMethod.PupilWeighted)]
    [InlineData(true, false, MeanMethod.Unweighted)]
    [InlineData(false, false, MeanMethod.Unweighted)]
    public void A_series_is_weighted_only_when_every_year_has_pupil_counts(bool firstYear, bool secondYear, MeanMethod expected)
    {
        IReadOnlyList<MeanEntry> Year(bool counts) => [Entry("200", counts ? 10 : null), Entry("..", null)];

        Assert.Equal(expected, Means.SeriesMethod([Year(firstYear), Year(secondYear)]));
    }
}
