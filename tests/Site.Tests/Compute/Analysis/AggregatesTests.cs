using Site.Compute.Analysis;
using Site.Diagnostics;
using Site.Load;
using Site.Model;

namespace Site.Tests.Compute.Analysis;

public class AggregatesTests
{
    private static Dataset Small()
    {
        var diagnostics = new DiagnosticBag();
        return DatasetBuilder.Build(LoadInputs.Run(TestPaths.Small, null, diagnostics)!, diagnostics)!;
    }

    [Theory]
    // area        organizer                     year  measure                      value     included total gap
    // 2024/25 meritvärde: Norra 250,5 (Norra Ön), Södra 210 (Södra Ön), Lilla '..' (Södra Ön): unweighted, since 2023/24 has no pupil counts.
    [InlineData("city", OrganizerSplit.All, 2024, Measure.MeritValue, "230.25", 2, 3, null)]
    [InlineData("norra-on", OrganizerSplit.All, 2024, Measure.MeritValue, "250.5", 1, 1, "20.25")]
    [InlineData("sodra-on", OrganizerSplit.All, 2024, Measure.MeritValue, "210", 1, 2, "-20.25")]
    [InlineData("city", OrganizerSplit.Municipal, 2024, Measure.MeritValue, "250.5", 1, 2, null)]
    [InlineData("sodra-on", OrganizerSplit.Municipal, 2024, Measure.MeritValue, null, 0, 1, null)]   // all suppressed: no mean, no gap
    [InlineData("city", OrganizerSplit.Independent, 2024, Measure.MeritValue, "210", 1, 1, null)]
    // 2023/24: Norra 245, Södra 200, Lilla '..'.
    [InlineData("city", OrganizerSplit.All, 2023, Measure.MeritValue, "222.5", 2, 3, null)]
    // '~100' is left out: 2024/25 behörighet Norra 90, Södra ~100, Lilla '..'. The series is pupil-weighted: its only number
    // (Norra, 2024/25) has a pupil count; 2023/24 has no number at all ('.' and '~100').
    [InlineData("city", OrganizerSplit.All, 2024, Measure.EligibleVocationalPct, "90", 1, 3, null)]
    [InlineData("sodra-on", OrganizerSplit.All, 2024, Measure.EligibleVocationalPct, null, 0, 2, null)]
    public void Computes_means_coverage_and_gaps_by_hand(string area, OrganizerSplit split, int year, Measure measure, string? value, int included, int total, string? gap)
    {
        var aggregate = Aggregates.Compute(Small()).Single(a => a.Area == area && a.Organizer == split && a.Year == new SchoolYear(year) && a.Measure == measure);

        Assert.Equal(Parse(value), aggregate.Mean.Value);
        Assert.Equal(measure == Measure.EligibleVocationalPct ? Site.Compute.MeanMethod.PupilWeighted : Site.Compute.MeanMethod.Unweighted, aggregate.Mean.Method);
        Assert.Equal(included, aggregate.Mean.SchoolsIncluded);
        Assert.Equal(total, aggregate.Mean.SchoolsTotal);
        Assert.Equal(Parse(gap), aggregate.GapToCity);
    }

    [Fact]
    public void Every_split_year_and_measure_has_a_city_row_and_one_per_district()
    {
        var aggregates = Aggregates.Compute(Small());

        Assert.Equal(3 * 3 * 2 * 3, aggregates.Count);
        Assert.Equal(18, aggregates.Count(a => a.Level == AreaLevel.City));
    }

    [Fact]
    public void A_single_year_with_pupil_counts_is_pupil_weighted()
    {
        using var temp = TestPaths.Temp();
        var data = temp.Copy(TestPaths.Small, "data");
        File.Delete(Path.Combine(data, "results", "history.csv"));
        var diagnostics = new DiagnosticBag();
        var dataset = DatasetBuilder.Build(LoadInputs.Run(data, null, diagnostics)!, diagnostics)!;

        var city = Aggregates.Compute(dataset).Single(a => a.Area == "city" && a.Organizer == OrganizerSplit.All && a.Measure == Measure.MeritValue);

        // (250,5·1104 + 210·40) / 1144 = 249,0839…; Lilla skolan's pupils are '..', so they count nowhere.
        Assert.Equal(Site.Compute.MeanMethod.PupilWeighted, city.Mean.Method);
        Assert.Equal((250.5m * 1104 + 210m * 40) / 1144, city.Mean.Value);
        Assert.Equal(1144, city.Mean.PupilsIncluded);
    }

    private static decimal? Parse(string? text) => text is null ? null : decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
