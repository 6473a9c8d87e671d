using Site.Compute;
using Site.Compute.Analysis;
using Site.Compute.Views;
using Site.Diagnostics;
using Site.Load;
using Site.Model;

namespace Site.Tests.Compute;

public class AnalysisIndexTests
{
    private static Dataset Small()
    {
        var diagnostics = new DiagnosticBag();
        return DatasetBuilder.Build(LoadInputs.Run(TestPaths.Small, null, diagnostics)!, diagnostics)!;
    }

    [Fact]
    public void Areas_are_the_whole_then_the_districts_at_their_ids()
    {
        var dataset = Small();

        Assert.Equal(new Area(0, "city", "Teststad"), dataset.Whole);
        Assert.True(dataset.Whole.IsWhole);
        Assert.Equal(dataset.Districts.Count + 1, dataset.Areas.Count);
        for (var i = 0; i < dataset.Districts.Count; i++)
        {
            var area = dataset.AreaOf(dataset.Districts[i]);
            Assert.Same(dataset.Areas[i + 1], area);
            Assert.Equal(
                (i + 1, dataset.Districts[i].Slug, dataset.Districts[i].Name), (area.Id, area.Slug, area.Name));
            Assert.False(area.IsWhole);
        }

        // A district is found by itself: an equal one that is not the dataset's is an error, not an empty district.
        var copy = dataset.Districts[0] with { };
        Assert.NotEmpty(dataset.SchoolsIn(dataset.Districts[0]));
        Assert.Throws<KeyNotFoundException>(() => dataset.AreaOf(copy));
        Assert.Throws<KeyNotFoundException>(() => dataset.SchoolsIn(copy).ToList());
    }

    // The small fixture's means worked by hand in AggregatesTests: the index finds each at its area, split, year,
    // measure and method.
    [Fact]
    public void Finds_each_mean_at_its_area()
    {
        var dataset = Small();
        var index = new AnalysisIndex(AnalysisResult.Compute(dataset), dataset);
        var norra = dataset.AreaOf(dataset.Districts.Single(d => d.Slug == "norra-on"));
        var sodra = dataset.AreaOf(dataset.Districts.Single(d => d.Slug == "sodra-on"));
        var y2024 = new SchoolYear(2024);
        var y2023 = new SchoolYear(2023);
        const Measure merit = Measure.MeritValue;

        // 2024/25 has pupil counts: the headline is pupil-weighted, (250,5·1104 + 210·40) / 1144 → 249,1; the
        // unweighted mean (250,5 + 210) / 2 → 230,3 is there too.
        Assert.Equal((249.1m, MeanMethod.PupilWeighted), Headline(index.Aggregate(dataset.Whole, y2024, merit)));
        Assert.Equal(230.3m, index.Unweighted(dataset.Whole, y2024, merit).Mean.Value);
        Assert.Equal(1.4m, index.Aggregate(norra, y2024, merit).GapToCity);
        Assert.Equal(20.2m, index.Unweighted(norra, y2024, merit).GapToCity);
        Assert.Equal(-39.1m, index.Aggregate(sodra, y2024, merit).GapToCity);
        Assert.Equal(93.8m, index.Aggregate(sodra, y2024, Measure.EligibleVocationalPct).Mean.Value);
        Assert.Equal(210m, index.Aggregate(dataset.Whole, y2024, merit, OrganizerSplit.Independent).Mean.Value);
        // 2023/24 has none: the headline is the unweighted mean, (245 + 200) / 2.
        Assert.Equal((222.5m, MeanMethod.Unweighted), Headline(index.Aggregate(dataset.Whole, y2023, merit)));
        Assert.Equal(
            index.Result.Trends.Single(t => t.Level == AreaLevel.District && t.Area == "sodra-on"
                && t.Measure == merit && t.Quantity == TrendQuantity.GapToCity && t.Organizer == OrganizerSplit.All),
            index.Trend(sodra, merit, TrendQuantity.GapToCity));
        Assert.Throws<KeyNotFoundException>(() => index.Unweighted(dataset.Whole, new SchoolYear(2030), merit));
    }

    private static (decimal? Value, MeanMethod Method) Headline(Aggregate aggregate) =>
        (aggregate.Mean.Value, aggregate.Mean.Method);

    // The small fixture's 2024/25 export: Norra 250,5, Södra 210 with '~100' eligibility, Lilla '..' in every column.
    [Fact]
    public void A_schools_cells_are_its_published_values_made_once()
    {
        var dataset = Small();
        var index = new AnalysisIndex(AnalysisResult.Compute(dataset), dataset);
        var y2024 = dataset.YearPositions[new SchoolYear(2024)];
        School Named(string code) => dataset.SchoolOf(code)!;

        var norra = index.Cells.Of(Named("11111111"), Measure.MeritValue);
        Assert.Equal(dataset.Years.Count, norra.Count);
        Assert.Equal(new CellView(250.5m, null), norra[y2024]);
        Assert.Equal(
            new CellView(null, "~100"), index.Cells.Of(Named("22222222"), Measure.EligibleVocationalPct)[y2024]);
        Assert.Equal(new CellView(null, ".."), index.Cells.Of(Named("33333333"), Measure.MeritValue)[y2024]);
        Assert.Same(norra, index.Cells.Of(Named("11111111"), Measure.MeritValue));
    }
}
