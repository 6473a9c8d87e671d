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
        // A panel is split by district in one pass by position, where comparing every school's district record with
        // every district's cost a national build ~0.7 s.
        var districtOf = dataset.DistrictPositions;
        var result = new List<YearChange>();
        foreach (var split in OrganizerSplits.All)
        {
            foreach (var info in MeasureInfo.All)
            {
                for (var i = 1; i < dataset.Years.Count; i++)
                {
                    var before = Panel(entries, split, info.Measure, i - 1);
                    var after = Panel(entries, split, info.Measure, i);
                    var both = before.Keys.Where(after.ContainsKey).Order().ToList();
                    var method = entries.Method(split, info.Measure, i - 1) == MeanMethod.PupilWeighted && entries.Method(split, info.Measure, i) == MeanMethod.PupilWeighted
                        ? MeanMethod.PupilWeighted
                        : MeanMethod.Unweighted;
                    YearChange Of(AreaLevel level, string area, IEnumerable<int> schools)
                    {
                        var panel = schools.ToList();
                        var from = Means.Mean(panel.Select(p => before[p]).ToList(), method);
                        var to = Means.Mean(panel.Select(p => after[p]).ToList(), method);
                        return new YearChange(level, area, split, info.Measure, dataset.Years[i - 1], dataset.Years[i], method, panel.Count, from.Value, to.Value);
                    }

                    result.Add(Of(AreaLevel.City, Aggregates.CityArea, both));
                    var byDistrict = dataset.Districts.Select(_ => new List<int>()).ToArray();
                    foreach (var school in both.Where(p => districtOf[p] >= 0))
                    {
                        byDistrict[districtOf[school]].Add(school);
                    }

                    for (var d = 0; d < dataset.Districts.Count; d++)
                    {
                        result.Add(Of(AreaLevel.District, dataset.Districts[d].Slug, byDistrict[d]));
                    }
                }
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
