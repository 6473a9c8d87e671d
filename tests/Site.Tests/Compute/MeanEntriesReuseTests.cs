using Site.Compute;
using Site.Compute.Analysis;
using Site.Model;

namespace Site.Tests.Compute;

/// <summary>
/// A preview save keeps each unchanged school's entries from the last save. Whatever it keeps, every entry must be the
/// one a fresh read of the changed data gives: each test changes one cell and compares every school's entry for every
/// year and measure, value, scale, pupils and bounds.
/// </summary>
public sealed class MeanEntriesReuseTests : IDisposable
{
    private const string Rinkebyskolan = "37416253";
    private readonly TempFolder temp = TestPaths.Temp();

    [Fact]
    public void A_changed_merit_value_makes_its_schools_entries_again_and_keeps_the_others()
    {
        // Rinkebyskolan's 2024/25 meritvärde 202,7 (the export's line 1469, and the API's) becomes 210,3 in both.
        var (dataset, last, kept) = ChangeRinkebyskolan(
            "2120000142;51;43,1;74,5;210,3",
            ("37416253,2024/25,merit_value,ok,202.7", "37416253,2024/25,merit_value,ok,210.3"));

        var year = dataset.Years[^1];
        Assert.Equal(210.3m, kept.Of(Rinkebyskolan, year, Measure.MeritValue)!.Value.Number);
        var changed = kept.Of(Rinkebyskolan, year, Measure.MeritValue);
        Assert.NotSame(last.Of(Rinkebyskolan, year, Measure.MeritValue), changed);
        var other = dataset.Schools.First(s => s.Code != Rinkebyskolan).Code;
        Assert.Same(last.Of(other, year, Measure.MeritValue), kept.Of(other, year, Measure.MeritValue));

        // Rinkebyskolan's other cells of the year are the last objects, and so are the series the change did not reach:
        // the year's meritvärde of all schools and of the municipal ones is gathered again, and nothing else.
        Assert.Same(
            last.Of(Rinkebyskolan, year, Measure.EligibleVocationalPct),
            kept.Of(Rinkebyskolan, year, Measure.EligibleVocationalPct));
        var i = dataset.Years.Count - 1;
        foreach (var split in OrganizerSplits.All)
        {
            foreach (var info in MeasureInfo.All)
            {
                for (var y = 0; y < dataset.Years.Count; y++)
                {
                    var reached = y == i && info.Measure == Measure.MeritValue && split != OrganizerSplit.Independent;
                    var shared = ReferenceEquals(last.For(split, info.Measure, y), kept.For(split, info.Measure, y));
                    Assert.Equal(!reached, shared);
                }
            }
        }
    }

    [Fact]
    public void The_same_number_written_with_another_decimal_is_read_again()
    {
        // 202,70 equals 202,7 as a number, but a file that prints the cell as published must print the new one.
        var (dataset, _, kept) = ChangeRinkebyskolan("2120000142;51;43,1;74,5;202,70");

        Assert.Equal("202.70", kept.Of(Rinkebyskolan, dataset.Years[^1], Measure.MeritValue)!.Value.ToString());
    }

    [Fact]
    public void A_changed_pupil_count_alone_makes_its_schools_entries_again()
    {
        // Rinkebyskolan's 51 pupils in 2024/25 become 52; every value stays, and so does the median count of the 150
        // schools, so only the pupil count says the school's entries are not the same.
        var (dataset, _, kept) = ChangeRinkebyskolan("2120000142;52;43,1;74,5;202,7");

        Assert.Equal(52, kept.Of(Rinkebyskolan, dataset.Years[^1], Measure.MeritValue)!.Pupils);
    }

    [Fact]
    public void A_changed_pupil_count_makes_the_entries_of_every_year_whose_bounds_it_gives_again()
    {
        // Södra's '~100' in 2023/24 has no count of its own: its bounds come from 2024/25's 40 pupils, then from 30.
        var data = temp.Copy(TestPaths.Small, "data");
        var export = Path.Combine(data, "results", "export-2024.csv");
        var (dataset, _, kept) = Change(
            data, () => TestEdits.Replace(export, "Södra AB;5560000000;40;", "Södra AB;5560000000;30;"));

        var earlier = dataset.Years.Single(y => y.StartYear == 2023);
        var code = dataset.Schools.Single(s => s.Name.StartsWith("Södra", StringComparison.Ordinal)).Code;
        Assert.Equal(30, kept.Of(code, earlier, Measure.EligibleVocationalPct)!.BoundPupils);
    }

    public void Dispose() => temp.Dispose();

    /// <summary>Changes Rinkebyskolan's 2024/25 row of the real export (the API's line too, where given).</summary>
    private (Dataset Dataset, MeanEntries Last, MeanEntries Kept) ChangeRinkebyskolan(
        string row, (string From, string To)? api = null)
    {
        var data = temp.Copy(TestPaths.RealData, "data");
        var results = Path.Combine(data, "results");
        return Change(data, () =>
        {
            var export = Path.Combine(results, Path.GetFileName(TestPaths.RealExport));
            TestEdits.Replace(export, "2120000142;51;43,1;74,5;202,7", row);
            if (api is { } line)
            {
                TestEdits.Replace(Path.Combine(results, "skolverket-api-statistics-gr.csv"), line.From, line.To);
            }
        });
    }

    /// <summary>
    /// Reads the data, edits it, reads it again with the first read's entries, and checks those against a fresh read.
    /// </summary>
    private static (Dataset Dataset, MeanEntries Last, MeanEntries Kept) Change(string data, Action edit)
    {
        var (_, last) = Read(data, null);
        edit();
        var (dataset, kept) = Read(data, last);
        AssertAsFresh(dataset, kept, Read(data, null).Entries);
        return (dataset, last, kept);
    }

    private static (Dataset Dataset, MeanEntries Entries) Read(string data, MeanEntries? last)
    {
        var dataset = TestDatasets.Build(data);
        return (dataset, new MeanEntries(dataset, last));
    }

    private static void AssertAsFresh(Dataset dataset, MeanEntries kept, MeanEntries fresh)
    {
        Assert.Equal(fresh.Count, kept.Count);
        foreach (var school in dataset.Schools)
        {
            foreach (var year in dataset.Years)
            {
                foreach (var info in MeasureInfo.All)
                {
                    var (a, b) = (fresh.Of(school.Code, year, info.Measure), kept.Of(school.Code, year, info.Measure));
                    Assert.Equal(a, b);
                    Assert.Equal(a?.Value.ToString(), b?.Value.ToString());
                }
            }
        }

        // Every series, shared with the last save or gathered again, is the fresh one: entries, positions and method.
        foreach (var split in OrganizerSplits.All)
        {
            foreach (var info in MeasureInfo.All)
            {
                for (var y = 0; y < dataset.Years.Count; y++)
                {
                    Assert.Equal(fresh.For(split, info.Measure, y), kept.For(split, info.Measure, y));
                    Assert.Equal(
                        fresh.For(split, info.Measure, y).Select(e => e.Value.ToString()),
                        kept.For(split, info.Measure, y).Select(e => e.Value.ToString()));
                    Assert.Equal(
                        fresh.SchoolPositions(split, info.Measure, y), kept.SchoolPositions(split, info.Measure, y));
                    Assert.Equal(fresh.Method(split, info.Measure, y), kept.Method(split, info.Measure, y));
                }
            }
        }
    }
}
