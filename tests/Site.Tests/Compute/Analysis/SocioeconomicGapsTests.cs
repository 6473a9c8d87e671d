using Site.Compute;
using Site.Compute.Analysis;
using Site.Model;

namespace Site.Tests.Compute.Analysis;

public class SocioeconomicGapsTests
{
    private static List<(MeanEntry, decimal)> Schools(string indexes, string values) =>
        indexes
            .Split('|')
            .Zip(
                values.Split('|'),
                (i, v) => (
                    MeanEntry.Of("0000000" + i[0], SiteTestValues.Parse(v), null),
                    decimal.Parse(i, System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();

    [Theory]
    // index 1–8, values 10–80: Q1 = 2,75, Q3 = 6,25; high need {7, 8} → 75, low need {1, 2} → 15; gap 60.
    [InlineData("1|2|3|4|5|6|7|8", "10|20|30|40|50|60|70|80", "60", 2, 2)]
    // high-need schools score lower: a negative gap.
    [InlineData("1|2|3|4|5|6|7|8", "80|70|60|50|40|30|20|10", "-60", 2, 2)]
    // ties at the limits: Q1 = 1 and Q3 = 2, so every tied school joins its group.
    [InlineData("1|1|1|1|2|2|2|2", "10|20|30|40|50|60|70|80", "40", 4, 4)]
    // a suppressed school sets no limit and enters no mean: limits over 1–7 are 2,5 and 5,5; high {6, 7} → 65, low {1,
    // 2} → 15.
    [InlineData("1|2|3|4|5|6|7|8", "10|20|30|40|50|60|70|..", "50", 2, 2)]
    public void Subtracts_the_low_need_quartile_from_the_high_need_quartile(
        string indexes,
        string values,
        string gap,
        int high,
        int low)
    {
        var result = SocioeconomicGaps.Of(
            OrganizerSplit.All,
            new SchoolYear(2024),
            Measure.MeritValue,
            Schools(indexes, values),
            MeanMethod.Unweighted)!;

        Assert.Equal(decimal.Parse(gap, System.Globalization.CultureInfo.InvariantCulture), result.Gap);
        Assert.Equal(high, result.HighNeed.SchoolsIncluded);
        Assert.Equal(low, result.LowNeed.SchoolsIncluded);
    }

    [Theory]
    [InlineData("1|2|3", "10|20|30")]              // fewer than four schools with a number
    [InlineData("5|5|5|5|5", "10|20|30|40|50")]    // all tied: the quartiles coincide
    [InlineData("1|2|3|4|5", "..|..|..|30|40")]
    public void Gives_no_gap_when_it_cannot_be_computed(string indexes, string values) =>
        Assert.Null(
            SocioeconomicGaps.Of(
                OrganizerSplit.All,
                new SchoolYear(2024),
                Measure.MeritValue,
                Schools(indexes, values),
                MeanMethod.Unweighted));
}
