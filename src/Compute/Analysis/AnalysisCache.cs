using Site.Model;

namespace Site.Compute.Analysis;

/// <summary>
/// The analysis of the last save, kept by a preview session so that a save recomputes only what its change reaches:
/// a year's area means when that year's entries changed, a year-on-year change when either year's did, a district's
/// spreads when its schools' values did, a school's trends when its results did. What each part read is compared with
/// what it reads now, value by value, so a reused figure is always the one a fresh analysis would make
/// (AnalysisCacheTests). A build has none and computes everything.
/// Parts run side by side, each reading and writing only its own tables; <see cref="Begin"/> runs before them.
/// </summary>
public sealed class AnalysisCache
{
    private readonly Dictionary<(OrganizerSplit, Measure, int), List<Aggregate>> aggregates = [];
    private readonly Dictionary<(OrganizerSplit, Measure, int), List<YearChange>> changes = [];
    private readonly Dictionary<string, (Cell[] Results, List<SeriesTrend> Trends)> schoolTrends =
        new(StringComparer.Ordinal);

    private readonly Dictionary<string, (List<decimal>[][] Values, List<AreaSpread> Spreads)> spreads =
        new(StringComparer.Ordinal);

    // What the last analysis read, not the dataset itself: a preview holds one dataset at a time.
    private Areas? lastAreas;
    private MeanEntries? lastEntries;
    private HashSet<(OrganizerSplit, Measure, int)> unchanged = [];
    private HashSet<string> keptDistricts = [];

    /// <summary>The last save's entries, from which the next save's keep each unchanged school's.</summary>
    public MeanEntries? LastEntries => lastEntries;

    /// <summary>Compares this analysis' entries with the last one's, by slice; once, before any part runs.</summary>
    public void Begin(Dataset dataset, MeanEntries entries)
    {
        var areas = Areas.Of(dataset);
        var last = lastEntries;
        var unchangedAreas = last is not null && lastAreas is not null && lastAreas.Same(areas);
        // Some 135 slices of up to 5,000 entries on a national site: compared on every core.
        var same = !unchangedAreas
            ? []
            : OrganizerSplits.All
                .SelectMany(split => MeasureInfo.All.SelectMany(info =>
                    Enumerable.Range(0, dataset.Years.Count).Select(i => (split, info.Measure, i))))
                .AsParallel()
                .Where(key => SameSlice(last!, entries, key.split, key.Measure, key.i))
                .ToHashSet();

        // What no longer matches is dropped, so that a table never holds figures of inputs that are gone.
        unchanged = same;
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

        // A district whose schools all kept their entries from the last save has the same values (each value is an
        // entry's), so its spreads are the last ones, with no need to gather its values again to compare them.
        var kept = new bool[dataset.Districts.Count];
        Array.Fill(kept, unchangedAreas);
        for (var position = 0; position < dataset.Schools.Count; position++)
        {
            if (dataset.DistrictPositions[position] is var d and >= 0 && !entries.KeptFrom(last, position))
            {
                kept[d] = false;
            }
        }

        keptDistricts = dataset.Districts
            .Where((_, d) => kept[d])
            .Select(d => d.Slug)
            .ToHashSet(StringComparer.Ordinal);

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
    internal List<SeriesTrend> SchoolTrends(
        School school, IReadOnlyList<SchoolResult> results, Func<List<SeriesTrend>> make)
    {
        if (schoolTrends.TryGetValue(school.Code, out var last) && SameResults(last.Results, results))
        {
            return last.Trends;
        }

        var made = make();
        schoolTrends[school.Code] = (results.Select(r => new Cell(r.Year, r.Measure, r.Value)).ToArray(), made);
        return made;
    }

    /// <summary>A district's last spreads when its schools all kept their entries; else null.</summary>
    internal List<AreaSpread>? KeptSpreads(string district) =>
        keptDistricts.Contains(district) && spreads.TryGetValue(district, out var last) ? last.Spreads : null;

    /// <summary>A district's spreads: the last ones when its schools' values by year and measure are too.</summary>
    internal List<AreaSpread> Spreads(string district, List<decimal>[][] values, Func<List<AreaSpread>> make)
    {
        if (spreads.TryGetValue(district, out var last) && SameValues(last.Values, values))
        {
            return last.Spreads;
        }

        var made = make();
        spreads[district] = (values, made);
        return made;
    }

    private static bool SameValues(List<decimal>[][] last, List<decimal>[][] now) =>
        last.Length == now.Length
        && last.Zip(now).All(year => year.First.Length == year.Second.Length
            && year.First.Zip(year.Second).All(measure => measure.First.SequenceEqual(measure.Second)));

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

    private static bool SameResults(Cell[] last, IReadOnlyList<SchoolResult> now)
    {
        if (last.Length != now.Count)
        {
            return false;
        }

        for (var i = 0; i < last.Length; i++)
        {
            if (last[i] != new Cell(now[i].Year, now[i].Measure, now[i].Value))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>What a school's trend reads of one of its results.</summary>
    private readonly record struct Cell(SchoolYear Year, Measure Measure, ResultValue Value);

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
    }
}
