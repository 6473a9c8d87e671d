using Site.Load;
using Site.Model;

namespace Site.Tests.Model;

/// <summary>
/// A national site's areas are its municipalities, named by the exports. Preview makes them again only when the
/// exports' school rows, the registry or the municipalities published changed; the dataset must be the one a fresh
/// build gives.
/// </summary>
public sealed class MunicipalityDistrictsCacheTests : IDisposable
{
    private const string Oasen = "Oasens skola;48000763;Aneby;0604;Enskild;Oasen Utbildningscenter AB;5566501796;..;";

    private readonly TempFolder temp = TestPaths.Temp();

    [Fact]
    public void A_changed_cell_keeps_the_areas_and_a_renamed_school_makes_them_again()
    {
        var data = Path.Combine(temp.Path, "data");
        Directory.CreateDirectory(Path.Combine(data, "results"));
        File.WriteAllText(Path.Combine(data, "site.json"), """
            {
              "title": "Skolresultat i Sverige", "baseUrl": "https://example.org", "areaName": "Sverige",
              "municipalities": "all"
            }
            """);
        var export = Path.Combine(data, "results", Path.GetFileName(TestPaths.RealExport));
        var published = Path.Combine(TestPaths.Repo, "examples", "sverige", "results");
        File.Copy(Path.Combine(published, Path.GetFileName(TestPaths.RealExport)), export);
        var cache = new LoadCache();
        var before = TestDatasets.Build(data, cache);

        // Oasens skola's pupil count, '..' in the export, becomes 25: its school row is as it was.
        TestEdits.Save(export, Oasen, Oasen.Replace(";..;", ";25;", StringComparison.Ordinal));
        var (cellCached, cellFresh) = (TestDatasets.Build(data, cache), TestDatasets.Build(data));

        Assert.Same(before.Districts, cellCached.Districts);
        Assert.Equal(Areas(cellFresh), Areas(cellCached));

        // Renamed, the school row is new: the areas and the registry are made again.
        TestEdits.Save(export, "Oasens skola;", "Oasens nya skola;");
        var (renamedCached, renamedFresh) = (TestDatasets.Build(data, cache), TestDatasets.Build(data));

        Assert.NotSame(before.Districts, renamedCached.Districts);
        Assert.Equal("Oasens nya skola", renamedCached.SchoolOf("48000763")!.Name);
        Assert.Equal(Areas(renamedFresh), Areas(renamedCached));
    }

    public void Dispose() => temp.Dispose();

    private static List<string> Areas(Dataset dataset) =>
        dataset.Districts.Select(d => $"{d.Slug} {d.Name} {d.MunicipalityCode}")
            .Concat(dataset.Schools.Select(s => $"{s.Code} {s.Name} {s.District?.Slug}"))
            .ToList();
}
