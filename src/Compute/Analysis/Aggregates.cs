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
        var result = new List<Aggregate>();
        // One bucket per district name, refilled for every split, measure and year.
        var buckets = dataset.Districts.Select(d => d.Name).Distinct(StringComparer.Ordinal).ToDictionary(n => n, _ => new List<MeanEntry>(), StringComparer.Ordinal);
        var bucketOf = dataset.Schools.ToDictionary(s => s.Code, s => s.DistrictName is { } name ? buckets.GetValueOrDefault(name) : null, StringComparer.Ordinal);
        var entries = MeanEntries.Of(dataset);
        foreach (var split in OrganizerSplits.All)
        {
            foreach (var info in MeasureInfo.All)
            {
                var method = entries.Method(split, info.Measure);
                for (var i = 0; i < dataset.Years.Count; i++)
                {
                    var year = dataset.Years[i];
                    var cityEntries = entries.For(split, info.Measure, i);
                    var city = Means.Mean(cityEntries, method);
                    result.Add(new Aggregate(AreaLevel.City, CityArea, dataset.Settings.AreaName, split, year, info.Measure, city, null));
                    foreach (var bucket in buckets.Values)
                    {
                        bucket.Clear();
                    }

                    foreach (var entry in cityEntries)
                    {
                        bucketOf[entry.SchoolCode]?.Add(entry);
                    }

                    foreach (var district in dataset.Districts)
                    {
                        var mean = Means.Mean(buckets[district.Name], method);
                        var gap = mean.Value is { } d && city.Value is { } c ? d - c : (decimal?)null;
                        result.Add(new Aggregate(AreaLevel.District, district.Slug, district.Name, split, year, info.Measure, mean, gap));
                    }
                }
            }
        }

        return result;
    }

    public static MeanMethod MethodFor(Dataset dataset, OrganizerSplit split, Measure measure) => MeanEntries.Of(dataset).Method(split, measure);
}
