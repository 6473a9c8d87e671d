using Site.Compute;
using Site.Compute.Analysis;
using Site.Model;

namespace Site.Tests.Compute.Analysis;

/// <summary>
/// Preview keeps the last save's analysis and recomputes only what a change reaches. Whatever it keeps, the figures
/// must be those a fresh analysis of the changed data gives: each test changes one cell, analyses with the cache and
/// without, and compares every mean, year-on-year change and trend.
/// </summary>
public sealed class AnalysisCacheTests : IDisposable
{
    private readonly TempFolder temp = TestPaths.Temp();

    [Fact]
    public void A_pupil_count_that_also_moves_another_years_bounds_is_recomputed_there()
    {
        // Södra's '~100' in 2023/24 has no count of its own: its bounds come from 2024/25's 40 pupils, so a count of
        // 30 in 2024/25 changes 2023/24's entry too. The city's 2023/24 behörighet is Södra's central value alone
        // (Norra has '.'): 100·37,5/40 = 93,75 → 93,8 before; 100·27,5/30 = 91,67 → 91,7 after.
        var data = temp.Copy(TestPaths.Small, "data");
        var cache = new AnalysisCache();
        var before = Analyse(data, cache);
        var export = Path.Combine(data, "results", "export-2024.csv");
        TestEdits.Replace(export, "Södra AB;5560000000;40;", "Södra AB;5560000000;30;");

        var (cached, fresh) = (Analyse(data, cache), Analyse(data, null));

        Assert.Equal(93.8m, CityMean(before, 2023, Measure.EligibleVocationalPct));
        Assert.Equal(91.7m, CityMean(cached, 2023, Measure.EligibleVocationalPct));
        AssertSame(fresh, cached);
    }

    [Fact]
    public void One_changed_merit_value_recomputes_its_year_and_keeps_the_others()
    {
        // Rinkebyskolan's 2024/25 meritvärde 202,7 (the export's line 1469, and the API's) becomes 210,3 in both.
        var data = temp.Copy(TestPaths.RealData, "data");
        var cache = new AnalysisCache();
        var before = Analyse(data, cache);
        var export = Path.Combine(data, "results", Path.GetFileName(TestPaths.RealExport));
        TestEdits.Replace(export, "2120000142;51;43,1;74,5;202,7", "2120000142;51;43,1;74,5;210,3");
        var api = Path.Combine(data, "results", "skolverket-api-statistics-gr.csv");
        TestEdits.Replace(api, "37416253,2024/25,merit_value,ok,202.7", "37416253,2024/25,merit_value,ok,210.3");

        var (cached, fresh) = (Analyse(data, cache), Analyse(data, null));

        AssertSame(fresh, cached);
        Assert.NotEqual(CityMean(before, 2024, Measure.MeritValue), CityMean(cached, 2024, Measure.MeritValue));
        // An earlier year's means are the very figures of the last analysis: kept, not made again.
        var earlier = before.Aggregates.First(a => a.Year.StartYear == 2020 && a.Area.IsWhole);
        Assert.Contains(cached.Aggregates, a => ReferenceEquals(a, earlier));
        // So are the spreads of a district none of whose schools changed; Rinkeby-Kista's are made again.
        var elsewhere = before.Spreads.First(s => s.Area.Slug == "sodermalm");
        Assert.Contains(cached.Spreads, s => ReferenceEquals(s, elsewhere));
        var rinkeby = before.Spreads.First(s => s.Area.Slug == "rinkeby-kista");
        Assert.DoesNotContain(cached.Spreads, s => ReferenceEquals(s, rinkeby));
        static SeriesTrend Rinkebyskolan(AnalysisResult analysis) => analysis.Trends.Single(t =>
            t.Level == AreaLevel.School && t.Area == "37416253" && t.Measure == Measure.MeritValue);
        Assert.Equal(Rinkebyskolan(fresh), Rinkebyskolan(cached));
        Assert.NotEqual(Rinkebyskolan(before), Rinkebyskolan(cached));
        // Another school's trends are the last analysis' very figures: its results kept their entries.
        var other = before.Trends.First(t => t.Level == AreaLevel.School && t.Area != "37416253");
        Assert.Contains(cached.Trends, t => ReferenceEquals(t, other));
    }

    [Fact]
    public void A_new_process_reads_the_last_builds_analysis_and_recomputes_only_what_the_change_reaches()
    {
        // As a build keeps it for the next build: written after the analysis, read by another process (a stream
        // here), with hashes of what each part read in place of the last entries. Rinkebyskolan is a municipal
        // school: its 2024/25 meritvärde is in two of the 45 slices (3 organizer splits, 3 measures, 5 school
        // years), those of all schools and of the municipal ones.
        var data = temp.Copy(TestPaths.RealData, "data");
        var first = new AnalysisCache();
        var before = Analyse(data, first);
        var kept = new MemoryStream();
        first.Write(kept, TestDatasets.Build(data), new MeanEntries(TestDatasets.Build(data)));
        var export = Path.Combine(data, "results", Path.GetFileName(TestPaths.RealExport));
        TestEdits.Replace(export, "2120000142;51;43,1;74,5;202,7", "2120000142;51;43,1;74,5;210,3");
        var api = Path.Combine(data, "results", "skolverket-api-statistics-gr.csv");
        TestEdits.Replace(api, "37416253,2024/25,merit_value,ok,202.7", "37416253,2024/25,merit_value,ok,210.3");

        var changed = TestDatasets.Build(data);
        kept.Position = 0;
        var read = AnalysisCache.Read(kept, changed);
        Assert.NotNull(read);
        var cached = AnalysisResult.Compute(changed, new MeanEntries(changed), read);
        var fresh = Analyse(data, null);

        AssertSame(fresh, cached);
        Assert.Equal((43, 45), (read.KeptSlices, read.Slices));
        Assert.NotEqual(CityMean(before, 2024, Measure.MeritValue), CityMean(cached, 2024, Measure.MeritValue));
        // Rinkeby-Kista's spread of 2024/25's meritvärde moves with its school's value, so a district's spreads kept
        // from the last build when one of its schools changed would not be the fresh analysis' (AssertSame).
        static Spread? RinkebyKista(AnalysisResult analysis) => analysis.Spreads.Single(s =>
            s.Area.Slug == "rinkeby-kista" && s.Year.StartYear == 2024 && s.Measure == Measure.MeritValue).Spread;
        Assert.NotEqual(RinkebyKista(before), RinkebyKista(cached));
    }

    [Fact]
    public void A_kept_analysis_of_other_areas_is_not_read()
    {
        // The figures name their areas by position: a district renamed makes every kept figure another area's.
        var data = temp.Copy(TestPaths.RealData, "data");
        var first = new AnalysisCache();
        Analyse(data, first);
        var kept = new MemoryStream();
        first.Write(kept, TestDatasets.Build(data), new MeanEntries(TestDatasets.Build(data)));
        var settings = Path.Combine(data, "site.json");
        TestEdits.Replace(settings, "\"Stockholm\"", "\"Stockholms stad\"");

        kept.Position = 0;
        Assert.Null(AnalysisCache.Read(kept, TestDatasets.Build(data)));
    }

    [Fact]
    public void A_kept_analysis_with_a_damaged_count_is_refused_not_allocated()
    {
        var data = temp.Copy(TestPaths.RealData, "data");
        var dataset = TestDatasets.Build(data);
        var first = new AnalysisCache();
        Analyse(data, first);
        var kept = new MemoryStream();
        first.Write(kept, dataset, new MeanEntries(dataset));
        // The slices' count, after the format (4 bytes) and the areas' hash (16): two billion slices in a few MB.
        kept.Position = 20;
        kept.Write(BitConverter.GetBytes(int.MaxValue));

        kept.Position = 0;
        Assert.Throws<InvalidDataException>(() => AnalysisCache.Read(kept, dataset));
    }

    public void Dispose() => temp.Dispose();

    private static AnalysisResult Analyse(string data, AnalysisCache? cache)
    {
        var dataset = TestDatasets.Build(data);
        // As a preview save reads them: each unchanged school's entries kept from the last save's.
        return AnalysisResult.Compute(dataset, new MeanEntries(dataset, cache?.LastEntries), cache);
    }

    private static decimal? CityMean(AnalysisResult analysis, int year, Measure measure) =>
        analysis.Aggregates.First(a => a.Area.IsWhole && a.Organizer == OrganizerSplit.All
            && a.Year.StartYear == year && a.Measure == measure && a.Mean.Method == MeanMethod.Unweighted).Mean.Value;

    private static void AssertSame(AnalysisResult fresh, AnalysisResult cached)
    {
        Assert.Equal(fresh.Aggregates, cached.Aggregates);
        Assert.Equal(fresh.YearChanges, cached.YearChanges);
        Assert.Equal(fresh.Trends, cached.Trends);
        Assert.Equal(fresh.Spreads, cached.Spreads);
    }
}
