using Site.Compute.Analysis;
using Site.Model;

namespace Site.Compute;

/// <summary>
/// Every school's <see cref="MeanEntry"/> per organizer split, measure and year, read from the dataset once. The city
/// means, every area's mean, each year's method, the socioeconomic gaps, the published school rows and the manifest all
/// read the same entries; reading them per use cost most of the analysis on a national dataset. A build makes one and
/// hands it to the analysis and the change files (it is the analysis' <see cref="Analysis.AnalysisResult.Entries"/>).
/// </summary>
public sealed class MeanEntries
{
    private readonly Dictionary<(OrganizerSplit, Measure), MeanSeries> series = [];

    // A school's entries by year and measure at [year * measures + measure], found by the school's position: one array
    // per school instead of a dictionary of 200,000 (code, year, measure) keys, which was the analysis' largest object
    // and its slowest part to fill (issue 18).
    private readonly Dictionary<string, int> positions;
    private readonly IReadOnlyDictionary<SchoolYear, int> yearIndex;
    private readonly MeanEntry?[][] bySchool;

    // What each school's entries were made from besides its results: its pupil counts by year, the years and the
    // median count. A preview save keeps a school's entries when all of it is the same (see Kept).
    private readonly int?[][] pupilsBySchool;
    private readonly IReadOnlyList<SchoolYear> years;

    // The schools in order and the splits each is in (a bit per split): a save whose schools are the same shares the
    // last save's series, year by year, where no entry changed.
    private readonly string[] codes;
    private readonly int[] splitsOf;

    // Which schools kept the last save's entries, and which entries that last save's were (by an identity of theirs,
    // not a reference to them, so that each save's entries do not hold every earlier save's).
    private readonly bool[] keptFromLast;
    private readonly object identity = new();
    private readonly object? keptFrom;

    /// <param name="last">
    /// The last preview save's entries: a school whose results, pupil counts, years and median count are the same keeps
    /// its entries, the very objects, so that the analysis finds its slices unchanged by reference. Making 204,534
    /// entries anew took 30-50 ms of every save, and comparing them with the last ones by value most of 35-70 ms more.
    /// A changed school keeps the last objects of its entries that are identical, and each split's, measure's and
    /// year's series is the last one's where none of its entries changed: gathering all 135 series again took
    /// 20-30 ms of a national save.
    /// </param>
    public MeanEntries(Dataset dataset, MeanEntries? last = null)
    {
        var cells = 0;
        yearIndex = dataset.YearPositions;
        years = dataset.Years;
        codes = dataset.Schools.Select(s => s.Code).ToArray();
        positions = codes.Select((code, i) => (code, i)).ToDictionary(p => p.code, p => p.i, StringComparer.Ordinal);
        var splits = OrganizerSplits.All;
        splitsOf = dataset.Schools.Select(school => Enumerable.Range(0, splits.Count)
            .Sum(k => OrganizerSplits.Includes(splits[k], school) ? 1 << k : 0)).ToArray();
        bySchool = new MeanEntry?[dataset.Schools.Count][];
        pupilsBySchool = new int?[dataset.Schools.Count][];
        keptFromLast = new bool[dataset.Schools.Count];
        var measures = MeasureInfo.All.Count;
        var all = splits.SelectMany(split => MeasureInfo.All.Select(info =>
            (Key: (split, info.Measure), Series: new MeanSeries(dataset.Years.Count)))).ToList();
        Rule = new MeanEntryRule(dataset);
        var reusable = last is not null && last.Rule.Median == Rule.Median && last.years.SequenceEqual(years)
            ? last
            : null;
        keptFrom = reusable?.identity;
        var sameSchools = reusable is not null
            && reusable.codes.AsSpan().SequenceEqual(codes) && reusable.splitsOf.AsSpan().SequenceEqual(splitsOf);

        // Each school's entries are made on every core (they read only the school's own rows and counts); a national
        // build waited ~0.3 s for them on one core while the other had nothing to do.
        Parallel.For(0, dataset.Schools.Count, position =>
        {
            var school = dataset.Schools[position];
            var pupils = Rule.Pupils(dataset, school.Code);
            pupilsBySchool[position] = pupils;
            var results = dataset.ResultsOf(school.Code);
            Interlocked.Add(ref cells, results.Count);
            if (reusable?.Kept(school.Code, results, pupils) is { } kept)
            {
                bySchool[position] = kept;
                keptFromLast[position] = true;
                return;
            }

            var own = bySchool[position] = new MeanEntry?[dataset.Years.Count * measures];
            foreach (var result in results)
            {
                var i = yearIndex[result.Year];
                own[Slot(i, result.Measure)] = Rule.Entry(school.Code, result.Value, pupils, i);
            }

            if (reusable is not null && reusable.positions.TryGetValue(school.Code, out var was))
            {
                KeepIdentical(own, reusable.bySchool[was]);
            }
        });

        Count = cells;
        var changed = sameSchools ? ChangedSlices(reusable!, splits.Count) : null;

        // Then each split's and measure's series on a core of its own, reading the schools in order, so that every
        // series keeps the dataset's school order.
        Parallel.For(0, all.Count, k =>
        {
            var (split, measure) = all[k].Key;
            var bit = 1 << (k / measures);
            var made = all[k].Series;
            for (var year = 0; year < dataset.Years.Count; year++)
            {
                if (changed is not null && !changed[SliceAt(k / measures, Slot(year, measure))])
                {
                    made.Share(year, reusable!.series[(split, measure)]);
                }
                else
                {
                    made.Make(year, Slot(year, measure), bySchool, position => (splitsOf[position] & bit) != 0);
                }
            }
        });

        foreach (var (key, made) in all)
        {
            series[key] = made;
        }
    }

    /// <summary>
    /// Whether the school at this position of the dataset kept its entries from <paramref name="last"/>: its results
    /// (value and scale), pupil counts, the years and the median count are all as they were there.
    /// </summary>
    public bool KeptFrom(MeanEntries? last, int schoolPosition) =>
        last is not null && ReferenceEquals(keptFrom, last.identity) && keptFromLast[schoolPosition];

    /// <summary>How each cell became its entry: what the school results table applies again to each row.</summary>
    public MeanEntryRule Rule { get; }

    /// <summary>How many school cells were read: one entry each, whatever splits it goes into.</summary>
    public int Count { get; }

    /// <summary>The entries of every school in the split with a row for the year and measure, in the dataset's school
    /// order.</summary>
    public IReadOnlyList<MeanEntry> For(OrganizerSplit split, Measure measure, int yearIndex) =>
        series[(split, measure)].Entries[yearIndex];

    /// <summary>For each of <see cref="For"/>'s entries, its school's position in the dataset's school list.</summary>
    public IReadOnlyList<int> SchoolPositions(OrganizerSplit split, Measure measure, int yearIndex) =>
        series[(split, measure)].Positions[yearIndex];

    /// <summary>The headline method of the split's means for one year (see <see cref="Means.YearMethod"/>).</summary>
    public MeanMethod Method(OrganizerSplit split, Measure measure, int yearIndex) =>
        series[(split, measure)].Methods[yearIndex];

    /// <summary>Pupil-weighted when any year of the split's series is: what the manifest records as the series'
    /// method.</summary>
    public MeanMethod Method(OrganizerSplit split, Measure measure) =>
        series[(split, measure)].Methods.Contains(MeanMethod.PupilWeighted)
            ? MeanMethod.PupilWeighted
            : MeanMethod.Unweighted;

    /// <summary>A school's entry for one year and measure, or null when it has no row.</summary>
    public MeanEntry? Of(string schoolCode, SchoolYear year, Measure measure) =>
        positions.TryGetValue(schoolCode, out var position) && yearIndex.TryGetValue(year, out var i)
            ? bySchool[position][Slot(i, measure)]
            : null;

    private static int Slot(int yearIndex, Measure measure) => (yearIndex * MeasureInfo.All.Count) + (int)measure;

    /// <summary>
    /// A school's entries of this (last) save, when the school had exactly these results and pupil counts; else null.
    /// A value is the same only with the same scale too (202,7 is not 202,70), as the files print it as published.
    /// </summary>
    private MeanEntry?[]? Kept(string code, IReadOnlyList<SchoolResult> results, int?[] pupils)
    {
        if (!positions.TryGetValue(code, out var position) || !pupilsBySchool[position].AsSpan().SequenceEqual(pupils))
        {
            return null;
        }

        var own = bySchool[position];
        var filled = 0;
        foreach (var entry in own)
        {
            filled += entry is null ? 0 : 1;
        }

        if (filled != results.Count)
        {
            return null;
        }

        foreach (var result in results)
        {
            var entry = own[Slot(yearIndex[result.Year], result.Measure)];
            if (entry is null || !entry.Value.Identical(result.Value))
            {
                return null;
            }
        }

        return own;
    }

    /// <summary>
    /// Which split's, year's and measure's series a changed school reaches (at <see cref="SliceAt"/>): those where one
    /// of its entries is not the last save's object (made anew, gone, or new).
    /// </summary>
    private bool[] ChangedSlices(MeanEntries last, int splits)
    {
        var changed = new bool[SliceAt(splits, 0)];
        for (var position = 0; position < bySchool.Length; position++)
        {
            if (keptFromLast[position])
            {
                continue;
            }

            var (own, was) = (bySchool[position], last.bySchool[position]);
            for (var slot = 0; slot < own.Length; slot++)
            {
                if (ReferenceEquals(own[slot], was[slot]))
                {
                    continue;
                }

                for (var split = 0; split < splits; split++)
                {
                    if ((splitsOf[position] & (1 << split)) != 0)
                    {
                        changed[SliceAt(split, slot)] = true;
                    }
                }
            }
        }

        return changed;
    }

    /// <summary>
    /// Where a split's (its place in <see cref="OrganizerSplits.All"/>) year and measure (a school's slot) are in
    /// <see cref="ChangedSlices"/>.
    /// </summary>
    private int SliceAt(int split, int slot) => (split * years.Count * MeasureInfo.All.Count) + slot;

    /// <summary>A changed school's entries that are identical to the last save's become those very objects.</summary>
    private static void KeepIdentical(MeanEntry?[] own, MeanEntry?[] last)
    {
        for (var slot = 0; slot < own.Length; slot++)
        {
            if (own[slot] is { } entry && last[slot] is { } was && entry.Identical(was))
            {
                own[slot] = was;
            }
        }
    }
}
