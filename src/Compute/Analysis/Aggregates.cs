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
        foreach (var split in OrganizerSplits.All)
        {
            var citySchools = dataset.Schools.Where(s => OrganizerSplits.Includes(split, s)).ToList();
            foreach (var info in MeasureInfo.All)
            {
                var method = MethodFor(dataset, split, info.Measure);
                foreach (var year in dataset.Years)
                {
                    var city = Means.Mean(Means.Entries(dataset, citySchools, year, info.Measure), method);
                    result.Add(new Aggregate(AreaLevel.City, CityArea, dataset.Settings.AreaName, split, year, info.Measure, city, null));
                    foreach (var district in dataset.Districts)
                    {
                        var schools = dataset.SchoolsIn(district.Name).Where(s => OrganizerSplits.Includes(split, s));
                        var mean = Means.Mean(Means.Entries(dataset, schools, year, info.Measure), method);
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
