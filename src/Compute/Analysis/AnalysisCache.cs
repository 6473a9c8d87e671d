using Site.Model;

namespace Site.Compute.Analysis;

/// <summary>
/// The analysis of the last save, kept by a preview session so that a save recomputes only what its change reaches:
/// a year's area means when that year's entries changed, a year-on-year change when either year's did, a district's
/// spreads when its schools' results did, a school's trends when its results did. What each part read is compared with
/// what it reads now (the means' entries value by value, a school's or a district's results by a hash of them, made
/// once for both in <see cref="Begin"/>), so a reused figure is always the one a fresh analysis would make
/// (AnalysisCacheTests). A build keeps one from its last build in the same output folder (<see cref="Write"/>,
/// <see cref="Read"/>), which compares what each part read by hashes of it (<see cref="AnalysisInputs"/>); a build
/// without one computes everything. Parts run side by side, each reading and writing only its own tables;
/// <see cref="Begin"/> runs before them.
/// </summary>
public sealed partial class AnalysisCache
{
    private readonly Dictionary<(OrganizerSplit, Measure, int), List<Aggregate>> aggregates = [];
    private readonly Dictionary<(OrganizerSplit, Measure, int), List<YearChange>> changes = [];
    // What a school's trends and a district's spreads read, as a hash of it: the same in a preview session and in the
    // analysis a build keeps for the next one, which has no last entries to compare by reference.
    private readonly Dictionary<string, (Hash128 Results, List<SeriesTrend> Trends)> schoolTrends =
        new(StringComparer.Ordinal);

    // A district's spreads with the hash of its schools' results, in its schools' order (ResultHashes).
    private readonly Dictionary<string, (Hash128 Results, List<AreaSpread> Spreads)> spreads =
        new(StringComparer.Ordinal);

    // What the last analysis read, not the dataset itself: a preview holds one dataset at a time.
    private Areas? lastAreas;
    private MeanEntries? lastEntries;

    // Read from the last build's kept analysis (Read), in place of its entries and areas: their hashes.
    private Hash128? keptAreas;
    private Hash128[]? keptSlices;

    // This analysis' slices' hashes (in SlicesOf's order: arrays, since a look-up table keyed by the slice and
    // holding a hash was code the published program compiled at run time), when Begin compared them with the kept
    // ones: Write keeps them, not hashed twice.
    private Hash128[]? sliceHashes;
    private HashSet<(OrganizerSplit, Measure, int)> unchanged = [];
    // This analysis' hash of each school's results (by position) and of each district's schools' (by position in
    // Districts): made once in Begin, read by the school trends and the districts' spreads side by side.
    private Hash128[] schoolResults = [];
    private Hash128[] districtResults = [];

    /// <summary>How many slices of the entries (a split's, measure's and school year's) the last analysis found
    /// unchanged since the one before, of <see cref="Slices"/>.</summary>
    public int KeptSlices { get; private set; }

    /// <summary>How many slices of the entries the last analysis had.</summary>
    public int Slices { get; private set; }

    /// <summary>The last save's entries, from which the next save's keep each unchanged school's.</summary>
    public MeanEntries? LastEntries => lastEntries;

    /// <summary>Compares this analysis' entries with the last one's, by slice; once, before any part runs.</summary>
    public void Begin(Dataset dataset, MeanEntries entries)
    {
        var areas = Areas.Of(dataset);
        var last = lastEntries;
        var (keptHash, slices) = (keptAreas, keptSlices);
        (keptAreas, keptSlices) = (null, null);
        var unchangedAreas = last is not null
            ? lastAreas is not null && lastAreas.Same(areas)
            : keptHash is { } hash && hash == areas.Hash();
        // Some 135 slices of up to 5,000 entries on a national site: compared (or hashed) on every core.
        sliceHashes = unchangedAreas && last is null ? HashSlices(dataset, entries) : null;
        var same = !unchangedAreas
            ? []
            : last is null
                ? KeptSlicesOf(dataset, slices!, sliceHashes!)
                : SlicesOf(dataset)
                    .AsParallel()
                    .Where(key => SameSlice(last, entries, key.Split, key.Measure, key.Year))
                    .ToHashSet();

        // What no longer matches is dropped, so that a table never holds figures of inputs that are gone.
        unchanged = same;
        (KeptSlices, Slices) = (same.Count, OrganizerSplits.All.Count * MeasureInfo.All.Count * dataset.Years.Count);
        foreach (var key in aggregates.Keys.Where(k => !same.Contains(k)).ToList())
        {
            aggregates.Remove(key);
        }

        var stale = changes.Keys
            .Where(k => !same.Contains(k) || !same.Contains((k.Item1, k.Item2, k.Item3 - 1)))
            .ToList();
        foreach (var key in stale)
        {
            changes.Remove(key);
        }

        if (!unchangedAreas)
        {
            spreads.Clear();
        }

        (schoolResults, districtResults) = ResultHashes(dataset, entries, last);

        var codes = dataset.Schools.Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var code in schoolTrends.Keys.Where(c => !codes.Contains(c)).ToList())
        {
            schoolTrends.Remove(code);
        }

        (lastAreas, lastEntries) = (areas, entries);
    }

    /// <summary>A year's area means of a split and measure: the last ones when its entries are the same.</summary>
    internal List<Aggregate> Aggregates(OrganizerSplit split, Measure measure, int year, Func<List<Aggregate>> make) =>
        Reuse(aggregates, (split, measure, year), unchanged.Contains((split, measure, year)), make);

    /// <summary>The changes from year − 1 to year: the last ones when both years' entries are the same.</summary>
    internal List<YearChange>? Changes(OrganizerSplit split, Measure measure, int year) =>
        unchanged.Contains((split, measure, year)) && unchanged.Contains((split, measure, year - 1))
        && changes.TryGetValue((split, measure, year), out var made) ? made : null;

    internal void KeepChanges(OrganizerSplit split, Measure measure, int year, List<YearChange> made) =>
        changes[(split, measure, year)] = made;

    /// <summary>A school's own trends: the last ones when its results are the same, year, measure and value.</summary>
    /// <param name="position">The school's position in the dataset's schools.</param>
    internal List<SeriesTrend> SchoolTrends(School school, int position, Func<List<SeriesTrend>> make)
    {
        var read = schoolResults[position];
        if (schoolTrends.TryGetValue(school.Code, out var last) && last.Results == read)
        {
            return last.Trends;
        }

        var made = make();
        schoolTrends[school.Code] = (read, made);
        return made;
    }

    /// <summary>A district's spreads: the last ones when its schools' results are the same, school by school.
    /// </summary>
    /// <param name="position">The district's position in the dataset's districts.</param>
    internal List<AreaSpread> Spreads(string district, int position, Func<List<AreaSpread>> make)
    {
        var read = districtResults[position];
        if (spreads.TryGetValue(district, out var last) && last.Results == read)
        {
            return last.Spreads;
        }

        var made = make();
        spreads[district] = (read, made);
        return made;
    }

    /// <summary>The slices whose hash is the kept one.</summary>
    private static HashSet<(OrganizerSplit, Measure, int)> KeptSlicesOf(Dataset dataset, Hash128[] kept, Hash128[] now)
    {
        var keys = SlicesOf(dataset).ToArray();
        var same = new HashSet<(OrganizerSplit, Measure, int)>();
        for (var i = 0; i < keys.Length; i++)
        {
            if (i < kept.Length && kept[i] == now[i])
            {
                same.Add(keys[i]);
            }
        }

        return same;
    }

    private static Hash128[] HashSlices(Dataset dataset, MeanEntries entries)
    {
        var keys = SlicesOf(dataset).ToArray();
        var hashes = new Hash128[keys.Length];
        Parallel.For(0, keys.Length, i => hashes[i] = AnalysisInputs.Slice(entries, keys[i]));
        return hashes;
    }

    /// <summary>Every split's, measure's and year's slice of the entries: the keys of the means and changes.</summary>
    private static IEnumerable<(OrganizerSplit Split, Measure Measure, int Year)> SlicesOf(Dataset dataset) =>
        OrganizerSplits.All.SelectMany(split => MeasureInfo.All.SelectMany(info =>
            Enumerable.Range(0, dataset.Years.Count).Select(i => (split, info.Measure, i))));

    private static List<T> Reuse<TKey, T>(Dictionary<TKey, List<T>> table, TKey key, bool same, Func<List<T>> make)
        where TKey : notnull
    {
        if (same && table.TryGetValue(key, out var made))
        {
            return made;
        }

        return table[key] = make();
    }

    // A slice no change reached is the last save's list itself (MeanEntries shares it): no 5,000 entries to compare.
    private static bool SameSlice(MeanEntries last, MeanEntries now, OrganizerSplit split, Measure measure, int year) =>
        (ReferenceEquals(last.For(split, measure, year), now.For(split, measure, year))
            && ReferenceEquals(last.SchoolPositions(split, measure, year), now.SchoolPositions(split, measure, year))
            && last.Method(split, measure, year) == now.Method(split, measure, year))
        || SameEntries(last, now, split, measure, year);

    private static bool SameEntries(
        MeanEntries last, MeanEntries now, OrganizerSplit split, Measure measure, int year) =>
        last.Method(split, measure, year) == now.Method(split, measure, year)
        && last.SchoolPositions(split, measure, year).SequenceEqual(now.SchoolPositions(split, measure, year))
        && last.For(split, measure, year).SequenceEqual(now.For(split, measure, year));

    /// <summary>
    /// What names the figures' areas and finds an entry's district: the years, the whole's name, each district's slug
    /// and name, and each school's district by position.
    /// </summary>
    private sealed record Areas(SchoolYear[] Years, string AreaName, (string, string)[] Districts, int[] DistrictOf)
    {
        public static Areas Of(Dataset dataset) => new(
            [.. dataset.Years],
            dataset.Settings.AreaName,
            [.. dataset.Districts.Select(d => (d.Slug, d.Name))],
            [.. dataset.DistrictPositions]);

        public bool Same(Areas other) =>
            Years.AsSpan().SequenceEqual(other.Years) && AreaName == other.AreaName
            && Districts.AsSpan().SequenceEqual(other.Districts) && DistrictOf.AsSpan().SequenceEqual(other.DistrictOf);

        public Hash128 Hash() => AnalysisInputs.Areas(Years, AreaName, Districts, DistrictOf);
    }
}
