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
        foreach (var split in OrganizerSplits.All)
        {
            var citySchools = dataset.Schools.Where(s => OrganizerSplits.Includes(split, s)).ToList();
            foreach (var info in MeasureInfo.All)
            {
                // The city's entries, read once per year, serve the method, the city's mean and every district's mean.
                var entries = dataset.Years.Select(y => Means.Entries(dataset, citySchools, y, info.Measure)).ToList();
                var method = Means.SeriesMethod(entries);
                for (var i = 0; i < dataset.Years.Count; i++)
                {
                    var year = dataset.Years[i];
                    var city = Means.Mean(entries[i], method);
                    result.Add(new Aggregate(AreaLevel.City, CityArea, dataset.Settings.AreaName, split, year, info.Measure, city, null));
                    var byDistrict = entries[i].ToLookup(e => districtOf[e.SchoolCode] ?? "", StringComparer.Ordinal);
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

    public static MeanMethod MethodFor(Dataset dataset, OrganizerSplit split, Measure measure)
    {
        var schools = dataset.Schools.Where(s => OrganizerSplits.Includes(split, s)).ToList();
        return Means.SeriesMethod(dataset.Years.Select(y => Means.Entries(dataset, schools, y, measure)));
    }
}
