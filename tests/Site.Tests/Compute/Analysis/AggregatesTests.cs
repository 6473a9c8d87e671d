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
    // area        organizer                     year  measure                      method  value   included total gap
    // 2024/25 meritvärde: Norra 250,5 (1 104 pupils, Norra Ön), Södra 210 (40, Södra Ön), Lilla '..' (Södra Ön). Every
    // school with a value has a count, so the year is pupil-weighted: (250,5·1104 + 210·40) / 1144 = 249,0839… → 249,1;
    // it also has the unweighted mean every year has: (250,5 + 210) / 2 = 230,25 → 230,3 (half away from zero).
    [InlineData("city", OrganizerSplit.All, 2024, Measure.MeritValue, true, "249.1", 2, 3, null)]
    [InlineData("city", OrganizerSplit.All, 2024, Measure.MeritValue, false, "230.3", 2, 3, null)]
    // Gaps are differences of the published, rounded means: 250,5 − 249,1 and 250,5 − 230,3.
    [InlineData("norra-on", OrganizerSplit.All, 2024, Measure.MeritValue, true, "250.5", 1, 1, "1.4")]
    [InlineData("norra-on", OrganizerSplit.All, 2024, Measure.MeritValue, false, "250.5", 1, 1, "20.2")]
    [InlineData("sodra-on", OrganizerSplit.All, 2024, Measure.MeritValue, true, "210", 1, 2, "-39.1")]
    [InlineData("sodra-on", OrganizerSplit.All, 2024, Measure.MeritValue, false, "210", 1, 2, "-20.3")]
    [InlineData("city", OrganizerSplit.Municipal, 2024, Measure.MeritValue, true, "250.5", 1, 2, null)]
    // All suppressed: no mean, no gap.
    [InlineData("sodra-on", OrganizerSplit.Municipal, 2024, Measure.MeritValue, true, null, 0, 1, null)]
    [InlineData("city", OrganizerSplit.Independent, 2024, Measure.MeritValue, true, "210", 1, 1, null)]
    // 2023/24 has no pupil counts: unweighted only. Norra 245, Södra 200, Lilla '..'.
    [InlineData("city", OrganizerSplit.All, 2023, Measure.MeritValue, false, "222.5", 2, 3, null)]
    // '~100' counts with its central value: Södra's 40 pupils give 100·37,5/40 = 93,75 → 93,8. 2024/25 behörighet:
    // (90·1104 + 93,8·40) / 1144 = 90,1329… → 90,1.
    [InlineData("city", OrganizerSplit.All, 2024, Measure.EligibleVocationalPct, true, "90.1", 2, 3, null)]
    [InlineData("sodra-on", OrganizerSplit.All, 2024, Measure.EligibleVocationalPct, true, "93.8", 1, 2, "3.7")]
    // 2023/24: Norra '.', Södra '~100' with no count that year: its bounds come from its nearest year's count (40).
    [InlineData("city", OrganizerSplit.All, 2023, Measure.EligibleVocationalPct, false, "93.8", 1, 2, null)]
    public void Computes_means_coverage_and_gaps_by_hand(
        string area,
        OrganizerSplit split,
        int year,
        Measure measure,
        bool weighted,
        string? value,
        int included,
        int total,
        string? gap)
    {
        var method = weighted ? Site.Compute.MeanMethod.PupilWeighted : Site.Compute.MeanMethod.Unweighted;
        var aggregate = Aggregates.Compute(Small()).Single(a => a.Area.Slug == area && a.Organizer == split
            && a.Year == new SchoolYear(year) && a.Measure == measure && a.Mean.Method == method);

        Assert.Equal(Parse(value), aggregate.Mean.Value);
        Assert.Equal(included, aggregate.Mean.SchoolsIncluded);
        Assert.Equal(total, aggregate.Mean.SchoolsTotal);
        Assert.Equal(Parse(gap), aggregate.GapToCity);
    }

    [Fact]
    public void A_mean_with_near_100_cells_publishes_the_bounds_they_allow()
    {
        // Södra's ~100 of 40 pupils lies in [90, 97,5]: (90·1104 + 90·40) / 1144 = 90,0 and (90·1104 + 97,5·40) / 1144
        // = 90,26… → 90,3.
        var city = Aggregates.Compute(Small()).Single(a => a.Area.IsWhole
            && a.Organizer == OrganizerSplit.All && a.Year == new SchoolYear(2024)
            && a.Measure == Measure.EligibleVocationalPct && a.Mean.Method == Site.Compute.MeanMethod.PupilWeighted);

        Assert.Equal(90.0m, city.Mean.Low);
        Assert.Equal(90.3m, city.Mean.High);
    }

    [Fact]
    public void Every_split_year_and_measure_has_a_city_row_and_one_per_district()
    {
        var aggregates = Aggregates.Compute(Small());

        // 3 splits × 3 measures × 2 years × 3 areas unweighted, and the same again pupil-weighted for 2024/25 alone.
        Assert.Equal((3 * 3 * 2 * 3) + (3 * 3 * 3), aggregates.Count);
        Assert.Equal(18 + 9, aggregates.Count(a => a.Level == AreaLevel.City));
    }

    [Fact]
    public void A_single_year_with_pupil_counts_is_pupil_weighted()
    {
        using var temp = TestPaths.Temp();
        var data = temp.Copy(TestPaths.Small, "data");
        File.Delete(Path.Combine(data, "results", "history.csv"));
        var diagnostics = new DiagnosticBag();
        var dataset = DatasetBuilder.Build(LoadInputs.Run(data, null, diagnostics)!, diagnostics)!;

        var city = Aggregates.Compute(dataset).Single(a => a.Area.IsWhole
            && a.Organizer == OrganizerSplit.All && a.Measure == Measure.MeritValue
            && a.Mean.Method == Site.Compute.MeanMethod.PupilWeighted);

        // (250,5·1104 + 210·40) / 1144 = 249,0839… → 249,1; Lilla skolan's pupils are '..', so they count nowhere.
        Assert.Equal(249.1m, city.Mean.Value);
        Assert.Equal(1144, city.Mean.PupilsIncluded);
    }

    private static decimal? Parse(string? text) =>
        text is null ? null : decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
