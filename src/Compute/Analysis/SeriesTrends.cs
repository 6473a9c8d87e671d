using Site.Model;

namespace Site.Compute.Analysis;

/// <summary>
/// Every published trend, computed once from the published, rounded figures: each area's unweighted mean (the one method
/// every year has), each district's gap to the city, the socioeconomic gap, and each school's own values (its published
/// numbers; '~100' and the other markers are left out of a school's own trend).
/// </summary>
public static class SeriesTrends
{
    public static IReadOnlyList<SeriesTrend> Compute(
        Dataset dataset, IReadOnlyList<Aggregate> aggregates, IReadOnlyList<SocioeconomicGap> gaps) =>
        Compute(dataset, aggregates, gaps, Schools(dataset));

    /// <param name="schools">The schools' own trends (<see cref="Schools"/>), which come last.</param>
    public static IReadOnlyList<SeriesTrend> Compute(
        Dataset dataset,
        IReadOnlyList<Aggregate> aggregates,
        IReadOnlyList<SocioeconomicGap> gaps,
        IReadOnlyList<SeriesTrend> schools)
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

        result.AddRange(schools);
        return result;
    }

    /// <summary>
    /// Each school's own trends, in the dataset's school order. They read no mean, so the analysis computes them beside
    /// the means instead of after them (a national preview waited 0.2 s for them after every change); one school after
    /// the other, as the analysis' other parts run beside them.
    /// </summary>
    public static IReadOnlyList<SeriesTrend> Schools(Dataset dataset) =>
        dataset.Schools.SelectMany(school => Own(dataset, school)).ToList();

    private static List<SeriesTrend> Own(Dataset dataset, School school)
    {
        var rows = dataset.ResultsOf(school.Code);
        var own = new List<SeriesTrend>(MeasureInfo.All.Count);
        foreach (var info in MeasureInfo.All)
        {
            var series = rows.Where(r => r.Measure == info.Measure).Select(r => (r.Year, r.Value.Number)).ToList();
            if (series.Count > 0)
            {
                own.Add(new SeriesTrend(
                    Level: AreaLevel.School,
                    Area: school.Code,
                    Organizer: OrganizerSplit.All,
                    Measure: info.Measure,
                    Quantity: TrendQuantity.Value,
                    Method: MeanMethod.Unweighted,
                    Trend: Trends.Of(series),
                    GapVerdict: null));
            }
        }

        return own;
    }
}
