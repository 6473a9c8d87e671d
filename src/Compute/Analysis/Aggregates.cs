using Site.Model;

namespace Site.Compute.Analysis;

/// <summary>
/// City and district means for every organizer split, school year and measure. Every year has an unweighted mean (each
/// school once), so that every series has one method in all its years; a year in which every school has a pupil count
/// also has a pupil-weighted mean, the year's headline figure. Every area of a year uses the city's methods, so that a
/// district's gap compares like with like, and the gap is the difference of the two published, rounded means.
/// </summary>
public static class Aggregates
{
    public const string CityArea = "city";

    public static IReadOnlyList<Aggregate> Compute(Dataset dataset) => Compute(dataset, new MeanEntries(dataset));

    public static IReadOnlyList<Aggregate> Compute(Dataset dataset, MeanEntries entries)
    {
        var series = OrganizerSplits.All.SelectMany(split => MeasureInfo.All.Select(info => (Split: split, info.Measure))).ToList();

        // Each split and measure is a series of its own: they are computed side by side and joined in their order.
        return series.AsParallel().AsOrdered()
            .Select(s => Series(dataset, entries, s.Split, s.Measure))
            .SelectMany(a => a)
            .ToList();
    }

    private static List<Aggregate> Series(Dataset dataset, MeanEntries entries, OrganizerSplit split, Measure measure)
    {
        var result = new List<Aggregate>(dataset.Years.Count * (dataset.Districts.Count + 1));
        // One bucket per district, by its position: a year's entries are sorted into districts looking nothing up.
        var districtOf = dataset.DistrictPositions;
        var buckets = dataset.Districts.Select(_ => new List<MeanEntry>()).ToArray();
        for (var i = 0; i < dataset.Years.Count; i++)
        {
            var year = dataset.Years[i];
            var cityEntries = entries.For(split, measure, i);
            var positions = entries.SchoolPositions(split, measure, i);
            foreach (var bucket in buckets)
            {
                bucket.Clear();
            }

            for (var e = 0; e < cityEntries.Count; e++)
            {
                if (districtOf[positions[e]] is var b and >= 0)
                {
                    buckets[b].Add(cityEntries[e]);
                }
            }

            var methods = entries.Method(split, measure, i) == MeanMethod.PupilWeighted
                ? new[] { MeanMethod.PupilWeighted, MeanMethod.Unweighted }
                : [MeanMethod.Unweighted];
            foreach (var method in methods)
            {
                var city = Means.Mean(cityEntries, method);
                result.Add(new Aggregate(AreaLevel.City, CityArea, dataset.Settings.AreaName, split, year, measure, city, null));
                for (var d = 0; d < dataset.Districts.Count; d++)
                {
                    var district = dataset.Districts[d];
                    var mean = Means.Mean(buckets[d], method);
                    var gap = mean.Value is { } value && city.Value is { } c ? value - c : (decimal?)null;
                    result.Add(new Aggregate(AreaLevel.District, district.Slug, district.Name, split, year, measure, mean, gap));
                }
            }
        }

        return result;
    }
}
