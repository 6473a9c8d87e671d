using Site.Model;

namespace Site.Compute.Analysis;

/// <summary>
/// City and district means for every organizer split, school year and measure. The method (pupil-weighted or unweighted)
/// is chosen once per split and measure from the city's schools over all years, and every area uses it, so that a series
/// keeps one method and a district's gap compares like with like.
/// </summary>
public static class Aggregates
{
    public const string CityArea = "city";

    public static IReadOnlyList<Aggregate> Compute(Dataset dataset)
    {
        var entries = MeanEntries.Of(dataset);
        var names = dataset.Districts.Select(d => d.Name).Distinct(StringComparer.Ordinal).Select((n, i) => (n, i)).ToDictionary(p => p.n, p => p.i, StringComparer.Ordinal);
        var bucketOf = dataset.Schools.ToDictionary(s => s.Code, s => s.DistrictName is { } name && names.TryGetValue(name, out var i) ? i : -1, StringComparer.Ordinal);
        var series = OrganizerSplits.All.SelectMany(split => MeasureInfo.All.Select(info => (Split: split, info.Measure))).ToList();

        // Each split and measure is a series of its own: they are computed side by side and joined in their order.
        return series.AsParallel().AsOrdered()
            .Select(s => Series(dataset, entries, s.Split, s.Measure, names, bucketOf))
            .SelectMany(a => a)
            .ToList();
    }

    private static List<Aggregate> Series(Dataset dataset, MeanEntries entries, OrganizerSplit split, Measure measure, Dictionary<string, int> names, Dictionary<string, int> bucketOf)
    {
        var result = new List<Aggregate>(dataset.Years.Count * (dataset.Districts.Count + 1));
        // One bucket per district name, refilled for every year.
        var buckets = names.Select(_ => new List<MeanEntry>()).ToArray();
        var method = entries.Method(split, measure);
        for (var i = 0; i < dataset.Years.Count; i++)
        {
            var year = dataset.Years[i];
            var cityEntries = entries.For(split, measure, i);
            var city = Means.Mean(cityEntries, method);
            result.Add(new Aggregate(AreaLevel.City, CityArea, dataset.Settings.AreaName, split, year, measure, city, null));
            foreach (var bucket in buckets)
            {
                bucket.Clear();
            }

            foreach (var entry in cityEntries)
            {
                if (bucketOf[entry.SchoolCode] is var b and >= 0)
                {
                    buckets[b].Add(entry);
                }
            }

            foreach (var district in dataset.Districts)
            {
                var mean = Means.Mean(buckets[names[district.Name]], method);
                var gap = mean.Value is { } d && city.Value is { } c ? d - c : (decimal?)null;
                result.Add(new Aggregate(AreaLevel.District, district.Slug, district.Name, split, year, measure, mean, gap));
            }
        }

        return result;
    }

    public static MeanMethod MethodFor(Dataset dataset, OrganizerSplit split, Measure measure) => MeanEntries.Of(dataset).Method(split, measure);
}
