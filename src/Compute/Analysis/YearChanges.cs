using Site.Model;

namespace Site.Compute.Analysis;

/// <summary>
/// The change from each school year to the next for the city and every district, per split and measure, on the schools
/// present with a value in both years. Pupil-weighted (each year by its own counts) only when both years' means are;
/// otherwise unweighted.
/// </summary>
public static class YearChanges
{
    public static IReadOnlyList<YearChange> Compute(Dataset dataset, MeanEntries entries)
    {
        return OrganizerSplits.All
            .SelectMany(split => MeasureInfo.All.SelectMany(info => Series(dataset, entries, split, info.Measure)))
            .ToList();
    }

    private static List<YearChange> Series(Dataset dataset, MeanEntries entries, OrganizerSplit split, Measure measure)
    {
        // A panel is split by district in one pass by position, where comparing every school's district record with
        // every district's cost a national build ~0.7 s.
        var districtOf = dataset.DistrictPositions;
        var result = new List<YearChange>();
        if (dataset.Years.Count < 2)
        {
            return result;
        }

        var (from, to) = (new MeanSums[dataset.Districts.Count], new MeanSums[dataset.Districts.Count]);
        // Each year's panel is read once: it is the later year of one change and the earlier of the next.
        var after = Panel(entries, split, measure, 0);
        for (var i = 1; i < dataset.Years.Count; i++)
        {
            var before = after;
            after = Panel(entries, split, measure, i);
            var both = before.Keys.Where(after.ContainsKey).Order().ToList();
            var method = entries.Method(split, measure, i - 1) == MeanMethod.PupilWeighted && entries.Method(split, measure, i) == MeanMethod.PupilWeighted
                ? MeanMethod.PupilWeighted
                : MeanMethod.Unweighted;
            // The panel is read once, each school added to the city's sums and its district's, in the panel's order.
            var weighted = method == MeanMethod.PupilWeighted;
            var (cityFrom, cityTo) = (new MeanSums(weighted), new MeanSums(weighted));
            Array.Fill(from, new MeanSums(weighted));
            Array.Fill(to, new MeanSums(weighted));
            foreach (var school in both)
            {
                cityFrom.Add(before[school]);
                cityTo.Add(after[school]);
                if (districtOf[school] is var d and >= 0)
                {
                    from[d].Add(before[school]);
                    to[d].Add(after[school]);
                }
            }

            YearChange Of(AreaLevel level, string area, MeanSums earlier, MeanSums later) =>
                new(level, area, split, measure, dataset.Years[i - 1], dataset.Years[i], method, earlier.Count, earlier.Mean(method).Value, later.Mean(method).Value);

            result.Add(Of(AreaLevel.City, Aggregates.CityArea, cityFrom, cityTo));
            for (var d = 0; d < dataset.Districts.Count; d++)
            {
                result.Add(Of(AreaLevel.District, dataset.Districts[d].Slug, from[d], to[d]));
            }
        }

        return result;
    }

    /// <summary>The year's entries that enter a mean, by school position.</summary>
    private static Dictionary<int, MeanEntry> Panel(MeanEntries entries, OrganizerSplit split, Measure measure, int year)
    {
        var list = entries.For(split, measure, year);
        var positions = entries.SchoolPositions(split, measure, year);
        var panel = new Dictionary<int, MeanEntry>();
        for (var e = 0; e < list.Count; e++)
        {
            if (list[e].Input is not null)
            {
                panel[positions[e]] = list[e];
            }
        }

        return panel;
    }
}
