using Site.Diagnostics;
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
        var before = Build(data, cache);
        // Södra's 2024/25 meritvärde, 210 in the export, becomes 215; 2023/24 is in history.csv, which is unchanged.
        var export = Path.Combine(data, "results", "export-2024.csv");
        var text = File.ReadAllText(export);
        Assert.Contains(";40;60;~100;210", text);
        var changed = text.Replace(";40;60;~100;210", ";40;60;~100;215", StringComparison.Ordinal);
        File.WriteAllText(export, changed, new System.Text.UTF8Encoding(true));
        File.SetLastWriteTimeUtc(export, File.GetLastWriteTimeUtc(export).AddSeconds(1));

        var (cached, fresh) = (Build(data, cache), Build(data, null));

        Assert.Equal(Cells(fresh), Cells(cached));
        static SchoolResult? Sodra(Dataset dataset, int year) =>
            dataset.ResultOf("22222222", new SchoolYear(year), Measure.MeritValue);
        Assert.Equal(ResultValue.Reported(215m), Sodra(cached, 2024)!.Value);
        Assert.Same(Sodra(before, 2023), Sodra(cached, 2023));
    }

    public void Dispose() => temp.Dispose();

    private static Dataset Build(string data, LoadCache? cache)
    {
        var diagnostics = new DiagnosticBag();
        var dataset = DatasetBuilder.Build(LoadInputs.Run(data, null, diagnostics, cache)!, diagnostics, cache);
        Assert.NotNull(dataset);
        return dataset;
    }

    private static List<string> Cells(Dataset dataset) =>
        dataset.Schools.SelectMany(s => dataset.ResultsOf(s.Code))
            .Select(r => $"{r.SchoolCode} {r.Year} {r.Measure} {r.Value} {string.Join(' ', r.Sources)}")
            .ToList();
}
