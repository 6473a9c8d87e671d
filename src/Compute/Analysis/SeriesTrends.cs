using Site.Model;

namespace Site.Compute.Analysis;

/// <summary>
/// Every published trend, computed once from the published, rounded figures: each area's unweighted mean (the one method
/// every year has), each district's gap to the city, the socioeconomic gap, and each school's own values (its published
/// numbers; '~100' and the other markers are left out of a school's own trend).
/// </summary>
public static class SeriesTrends
{
    public static IReadOnlyList<SeriesTrend> Compute(Dataset dataset, IReadOnlyList<Aggregate> aggregates, IReadOnlyList<SocioeconomicGap> gaps)
    {
        var result = new List<SeriesTrend>();
        var unweighted = aggregates.Where(a => a.Mean.Method == MeanMethod.Unweighted)
            .GroupBy(a => (a.Level, a.Area, a.Organizer, a.Measure))
            .OrderBy(g => g.Key.Level).ThenBy(g => g.Key.Area, StringComparer.Ordinal).ThenBy(g => g.Key.Organizer).ThenBy(g => g.Key.Measure);
        foreach (var series in unweighted)
        {
            var (level, area, organizer, measure) = series.Key;
            var points = series.OrderBy(a => a.Year).ToList();
            result.Add(new SeriesTrend(level, area, organizer, measure, TrendQuantity.Value, MeanMethod.Unweighted, Trends.Of(points.Select(a => (a.Year, a.Mean.Value)).ToList()), null));
            if (level == AreaLevel.District)
            {
                var gapSeries = points.Select(a => (a.Year, a.GapToCity)).ToList();
                var trend = Trends.Of(gapSeries);
                result.Add(new SeriesTrend(level, area, organizer, measure, TrendQuantity.GapToCity, MeanMethod.Unweighted, trend, Trends.GapSize(trend, gapSeries.Select(g => g.GapToCity))));
            }
        }

        foreach (var series in gaps.Where(g => g.HighNeed.Method == MeanMethod.Unweighted).GroupBy(g => (g.Organizer, g.Measure)).OrderBy(g => g.Key.Organizer).ThenBy(g => g.Key.Measure))
        {
            var points = dataset.Years.Select(y => (y, series.FirstOrDefault(g => g.Year == y)?.Gap)).ToList();
            var trend = Trends.Of(points);
            result.Add(new SeriesTrend(AreaLevel.City, Aggregates.CityArea, series.Key.Organizer, series.Key.Measure, TrendQuantity.SocioeconomicGap, MeanMethod.Unweighted, trend, Trends.GapSize(trend, points.Select(p => p.Gap))));
        }

        foreach (var school in dataset.Schools)
        {
            var rows = dataset.ResultsOf(school.Code);
            foreach (var info in MeasureInfo.All)
            {
                var own = rows.Where(r => r.Measure == info.Measure).Select(r => (r.Year, r.Value.Number)).ToList();
                if (own.Count > 0)
                {
                    result.Add(new SeriesTrend(AreaLevel.School, school.Code, OrganizerSplit.All, info.Measure, TrendQuantity.Value, MeanMethod.Unweighted, Trends.Of(own), null));
                }
            }
        }

        return result;
    }
}
