using Site.Load;
using Site.Model;

namespace Site.Tests.Model;

/// <summary>
/// Preview merges a school year's results again only when a row of that year is new: the other years' rows are the
/// very objects of the last run (their files did not change). The dataset must be the one a fresh build gives.
/// </summary>
public sealed class ResultsMergeCacheTests : IDisposable
{
    private readonly TempFolder temp = TestPaths.Temp();

    [Fact]
    public void A_changed_cell_is_merged_again_and_the_other_years_are_kept()
    {
        var data = temp.Copy(TestPaths.Small, "data");
        var cache = new LoadCache();
        var before = TestDatasets.Build(data, cache);
        // Södra's 2024/25 meritvärde, 210 in the export, becomes 215; 2023/24 is in history.csv, which is unchanged.
        var export = Path.Combine(data, "results", "export-2024.csv");
        TestEdits.Save(export, ";40;60;~100;210", ";40;60;~100;215");

        var (cached, fresh) = (TestDatasets.Build(data, cache), TestDatasets.Build(data));

        Assert.Equal(Cells(fresh), Cells(cached));
        static SchoolResult? Sodra(Dataset dataset, int year) =>
            dataset.ResultOf("22222222", new SchoolYear(year), Measure.MeritValue);
        Assert.Equal(ResultValue.Reported(215m), Sodra(cached, 2024)?.Value);
        Assert.Equal(Sodra(before, 2023), Sodra(cached, 2023));
        // Merged once for the first run and once for the save: 2023/24 was merged only once, by the first run.
        Assert.Equal((1, 2), (cache.Made("results 2023/24"), cache.Made("results 2024/25")));
        // Grouped by school again only where a row changed: Norra's rows are the last run's array, Södra's are new.
        Assert.Same(before.ResultsOf("11111111"), cached.ResultsOf("11111111"));
        Assert.NotSame(before.ResultsOf("22222222"), cached.ResultsOf("22222222"));
        Assert.Equal(fresh.ResultsBySchool.Keys, cached.ResultsBySchool.Keys);
    }

    public void Dispose() => temp.Dispose();

    private static List<string> Cells(Dataset dataset) =>
        dataset.Schools.SelectMany(s => dataset.ResultsOf(s.Code))
            .Select(r => $"{r.SchoolCode} {r.Year} {r.Measure} {r.Value} {string.Join(' ', r.Sources)}")
            .ToList();
}
