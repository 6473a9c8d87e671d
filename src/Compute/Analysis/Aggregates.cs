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
        var districtOf = dataset.Schools.ToDictionary(s => s.Code, s => s.DistrictName, StringComparer.Ordinal);
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
                    var byDistrict = cityEntries.ToLookup(e => districtOf[e.SchoolCode] ?? "", StringComparer.Ordinal);
                    foreach (var district in dataset.Districts)
                    {
                        var mean = Means.Mean(byDistrict[district.Name].ToList(), method);
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
