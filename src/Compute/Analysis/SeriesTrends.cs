using Site.Model;

namespace Site.Compute.Analysis;

/// <summary>
/// Every published trend, computed once from the published, rounded figures: each area's unweighted mean (the one
/// method every year has), each district's gap to the city, the socioeconomic gap, and each school's own values (its
/// published numbers; '~100' and the other markers are left out of a school's own trend).
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
        // Each area's unweighted series, gathered in one pass (the means come year by year), in the order of level,
        // area, split and measure; a series' years are in order, as the means come.
        var bySeries = new Dictionary<
            (AreaLevel Level, string Area, OrganizerSplit Organizer, Measure Measure),
            List<Aggregate>>(SeriesKeyComparer.Instance);
        foreach (var aggregate in aggregates)
        {
            if (aggregate.Mean.Method != MeanMethod.Unweighted)
            {
                continue;
            }

            var key = (aggregate.Level, aggregate.Area.Slug, aggregate.Organizer, aggregate.Measure);
            if (!bySeries.TryGetValue(key, out var points))
            {
                bySeries[key] = points = [];
            }

            points.Add(aggregate);
        }

        var keys = bySeries.Keys.ToList();
        keys.Sort((a, b) => a.Level != b.Level ? a.Level.CompareTo(b.Level)
            : string.CompareOrdinal(a.Area, b.Area) is var area and not 0 ? area
            : a.Organizer != b.Organizer ? a.Organizer.CompareTo(b.Organizer)
            : a.Measure.CompareTo(b.Measure));
        foreach (var key in keys)
        {
            var (level, area, organizer, measure) = key;
            var points = bySeries[key];
            points.Sort((a, b) => a.Year.CompareTo(b.Year));
            result.Add(
                new SeriesTrend(
                    level,
                    area,
                    organizer,
                    measure,
                    TrendQuantity.Value,
                    MeanMethod.Unweighted,
                    Trends.Of(points.ConvertAll(a => (a.Year, a.Mean.Value))),
                    null));
            if (level == AreaLevel.District)
            {
                var gapSeries = points.ConvertAll(a => (a.Year, a.GapToCity));
                var trend = Trends.Of(gapSeries);
                result.Add(
                    new SeriesTrend(
                        level,
                        area,
                        organizer,
                        measure,
                        TrendQuantity.GapToCity,
                        MeanMethod.Unweighted,
                        trend,
                        Trends.GapSize(trend, gapSeries.Select(g => g.GapToCity))));
            }
        }

        foreach (var series in gaps
            .Where(g => g.HighNeed.Method == MeanMethod.Unweighted)
            .GroupBy(g => (g.Organizer, g.Measure))
            .OrderBy(g => g.Key.Organizer)
            .ThenBy(g => g.Key.Measure))
        {
            var points = dataset.Years.Select(y => (y, series.FirstOrDefault(g => g.Year == y)?.Gap)).ToList();
            var trend = Trends.Of(points);
            result.Add(new SeriesTrend(
                AreaLevel.City, Area.WholeSlug, series.Key.Organizer, series.Key.Measure,
                TrendQuantity.SocioeconomicGap, MeanMethod.Unweighted, trend,
                Trends.GapSize(trend, points.Select(p => p.Gap))));
        }

        result.AddRange(schools);
        return result;
    }

    /// <summary>
    /// Each school's own trends, in the dataset's school order. They read no mean, so the analysis computes them beside
    /// the means instead of after them (a national preview waited 0.2 s for them after every change); one school after
    /// the other, as the analysis' other parts run beside them.
    /// </summary>
    /// <param name="cache">A preview session's last analysis: a school whose results are the same keeps its
    /// trends.</param>
    public static IReadOnlyList<SeriesTrend> Schools(Dataset dataset, AnalysisCache? cache = null)
    {
        // One list for every school's series in turn (the schools are fitted one after the other, and a trend keeps
        // none of its series): a list per school and measure was 11 MB of a national analysis.
        var series = new List<(SchoolYear, decimal?)>(dataset.Years.Count);
        return dataset.Schools.SelectMany((school, position) => cache is null
            ? Own(dataset, school, series)
            : cache.SchoolTrends(school, position, () => Own(dataset, school, series))).ToList();
    }

    private static List<SeriesTrend> Own(Dataset dataset, School school, List<(SchoolYear, decimal?)> series)
    {
        var rows = dataset.ResultsOf(school.Code);
        var own = new List<SeriesTrend>(MeasureInfo.All.Count);
        foreach (var info in MeasureInfo.All)
        {
            series.Clear();
            foreach (var row in rows)
            {
                if (row.Measure == info.Measure)
                {
                    series.Add((row.Year, row.Value.Number));
                }
            }

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
