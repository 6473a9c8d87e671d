using Site.Model;

namespace Site.Compute.Analysis;

/// <summary>
/// The change from each school year to the next for the city and every district, per split and measure, on the schools
/// present with a value in both years. Pupil-weighted (each year by its own counts) only when both years' means are;
/// otherwise unweighted.
/// </summary>
public static class YearChanges
{
    /// <param name="cache">A preview session's last analysis: a change between two years whose entries are both the
    /// same is kept.</param>
    public static IReadOnlyList<YearChange> Compute(Dataset dataset, MeanEntries entries, AnalysisCache? cache = null)
    {
        return OrganizerSplits.EachSeries((split, measure) => Series(dataset, entries, split, measure, cache));
    }

    private static List<YearChange> Series(
        Dataset dataset,
        MeanEntries entries,
        OrganizerSplit split,
        Measure measure,
        AnalysisCache? cache)
    {
        var result = new List<YearChange>();
        var sums = (new MeanSums[dataset.Districts.Count], new MeanSums[dataset.Districts.Count]);
        for (var i = 1; i < dataset.Years.Count; i++)
        {
            if (cache?.Changes(split, measure, i) is { } kept)
            {
                result.AddRange(kept);
                continue;
            }

            var made = Change(dataset, entries, split, measure, i, sums);
            cache?.KeepChanges(split, measure, i, made);
            result.AddRange(made);
        }

        return result;
    }

    /// <summary>The city's and every district's change from year − 1 to year, on the schools in both panels.</summary>
    /// <param name="sums">Room for every district's sums in both years, reused from change to change.</param>
    private static List<YearChange> Change(
        Dataset dataset,
        MeanEntries entries,
        OrganizerSplit split,
        Measure measure,
        int i,
        (MeanSums[] From, MeanSums[] To) sums)
    {
        // A panel is split by district in one pass by position, where comparing every school's district record with
        // every district's cost a national build ~0.7 s.
        var districtOf = dataset.DistrictPositions;
        var (from, to) = sums;
        var method = entries.Method(split, measure, i - 1) == MeanMethod.PupilWeighted
            && entries.Method(split, measure, i) == MeanMethod.PupilWeighted
            ? MeanMethod.PupilWeighted
            : MeanMethod.Unweighted;
        var weighted = method == MeanMethod.PupilWeighted;
        // A change publishes the two means' values alone: no bounds are summed.
        var (cityFrom, cityTo) = (new MeanSums(weighted, centralOnly: true), new MeanSums(weighted, centralOnly: true));
        Array.Fill(from, new MeanSums(weighted, centralOnly: true));
        Array.Fill(to, new MeanSums(weighted, centralOnly: true));
        // The schools with a value in both years (the panel), found by walking the two years' entries in step (both
        // are in the dataset's school order) past the entries with none, each added to the city's sums and its
        // district's. The entries are read where they are: a list of each year's panel was 7 MB of a national
        // analysis.
        var (before, beforeAt) = (entries.For(split, measure, i - 1), entries.SchoolPositions(split, measure, i - 1));
        var (after, afterAt) = (entries.For(split, measure, i), entries.SchoolPositions(split, measure, i));
        for (int b = 0, a = 0; b < before.Count && a < after.Count;)
        {
            var (earlier, later) = (before[b], after[a]);
            if (!earlier.HasInput || !later.HasInput)
            {
                (b, a) = (earlier.HasInput ? b : b + 1, later.HasInput ? a : a + 1);
                continue;
            }

            var (school, other) = (beforeAt[b], afterAt[a]);
            if (school != other)
            {
                (b, a) = school < other ? (b + 1, a) : (b, a + 1);
                continue;
            }

            cityFrom.Add(earlier);
            cityTo.Add(later);
            if (districtOf[school] is var d and >= 0)
            {
                from[d].Add(earlier);
                to[d].Add(later);
            }

            (b, a) = (b + 1, a + 1);
        }

        YearChange Of(Area area, MeanSums earlier, MeanSums later) =>
            new(
                Area: area,
                Organizer: split,
                Measure: measure,
                From: dataset.Years[i - 1],
                To: dataset.Years[i],
                Method: method,
                Schools: earlier.Count,
                FromMean: earlier.Value(method),
                ToMean: later.Value(method));

        var result = new List<YearChange>(dataset.Districts.Count + 1)
        {
            Of(dataset.Whole, cityFrom, cityTo),
        };
        for (var d = 0; d < dataset.Districts.Count; d++)
        {
            result.Add(Of(dataset.Areas[d + 1], from[d], to[d]));
        }

        return result;
    }
}
