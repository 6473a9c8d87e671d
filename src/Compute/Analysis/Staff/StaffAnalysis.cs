using Site.Model;

namespace Site.Compute.Analysis.Staff;

/// <summary>
/// Every published figure about the schools' teachers, national tests and eligibility, computed once: the city's and
/// each district's means per year, the high- vs low-need quartiles with their difference and its trend, need against
/// pupils per teacher, and the merit value's expected-vs-actual residual against each teacher measure.
/// </summary>
public sealed record StaffAnalysis(
    IReadOnlyList<MetricMean> Means,
    IReadOnlyList<MetricNeedGap> NeedGaps,
    IReadOnlyList<MetricGapTrend> GapTrends,
    IReadOnlyList<Association> Associations)
{
    public static readonly StaffAnalysis Empty = new([], [], [], []);

    /// <summary>The key of the need index against pupils per teacher.</summary>
    public const string NeedKey = "need_index~pupils_per_teacher";

    /// <summary>The key of the merit value's residual against a teacher measure.</summary>
    public static string ResidualKey(SchoolMetric metric) => $"merit_residual~{SchoolMetricInfo.Of(metric).Code}";

    public static StaffAnalysis Compute(Dataset dataset, IReadOnlyList<ExpectedResult> expected)
    {
        if (dataset.MetricYears.Count == 0)
        {
            return Empty;
        }

        var need = dataset.Schools
            .Select(s => (s.Code, Index: NeedIndex.Of(dataset.BackgroundOf(s.Code))))
            .Where(s => s.Index is not null)
            .ToDictionary(s => s.Code, s => s.Index!.Value, StringComparer.Ordinal);
        var means = new List<MetricMean>();
        var gaps = new List<MetricNeedGap>();
        var trends = new List<MetricGapTrend>();
        // Eligibility is shown per school only: many schools read ~100 there, and bounding them needs the grade-9 pupil
        // counts the API does not give before 2024/25, so a mean would either drop them or invent their value.
        foreach (var info in SchoolMetricInfo.All.Where(m => m.Group != MetricGroup.Eligibility))
        {
            var series = new List<(SchoolYear, decimal?)>();
            foreach (var year in dataset.MetricYears)
            {
                var entries = dataset.Schools
                    .Select(s => (School: s, Value: dataset.MetricOf(s.Code, year, info.Metric)))
                    .Where(e => e.Value is not null)
                    .Select(e => (e.School, Entry: MeanEntry.Of(e.School.Code, e.Value!.Value, pupils: null)))
                    .ToList();
                if (entries.Count == 0)
                {
                    continue;
                }

                var all = Site.Compute.Means.Mean(entries.Select(e => e.Entry).ToList(), MeanMethod.Unweighted);
                means.Add(new MetricMean(dataset.Whole, year, info.Metric, all));
                foreach (var district in dataset.Districts)
                {
                    var own = entries
                        .Where(e => ReferenceEquals(e.School.District, district))
                        .Select(e => e.Entry)
                        .ToList();
                    var mean = Site.Compute.Means.Mean(own, MeanMethod.Unweighted);
                    means.Add(new MetricMean(dataset.AreaOf(district), year, info.Metric, mean));
                }

                var indexed = entries
                    .Where(e => need.ContainsKey(e.School.Code))
                    .Select(e => (e.Entry, Index: need[e.School.Code]))
                    .ToList();
                if (NeedGap(year, info.Metric, indexed) is { } gap)
                {
                    gaps.Add(gap);
                    if (info.ComparableFrom is not { } from || year >= from)
                    {
                        series.Add((year, gap.Gap));
                    }
                }
            }

            var trend = Trends.Of(series);
            trends.Add(new MetricGapTrend(info.Metric, trend, Trends.GapSize(trend, series.Select(s => s.Item2))));
        }

        return new StaffAnalysis(means, gaps, trends, Lines(dataset, need, expected));
    }

    private static MetricNeedGap? NeedGap(
        SchoolYear year,
        SchoolMetric metric,
        IReadOnlyList<(MeanEntry Entry, decimal Index)> schools)
    {
        if (NeedQuartiles.Limits(schools.Where(s => s.Entry.HasInput).Select(s => s.Index)) is not var (lower, upper))
        {
            return null;
        }

        var high = Site.Compute.Means.Mean(
            schools.Where(s => s.Index >= upper).Select(s => s.Entry).ToList(),
            MeanMethod.Unweighted);
        var low = Site.Compute.Means.Mean(
            schools.Where(s => s.Index <= lower).Select(s => s.Entry).ToList(),
            MeanMethod.Unweighted);
        return new MetricNeedGap(
            year,
            metric,
            lower,
            upper,
            high,
            low,
            high.Value is { } h && low.Value is { } l ? h - l : null);
    }

    /// <summary>The lines of the latest school year that has both results and teacher figures.</summary>
    private static IReadOnlyList<Association> Lines(
        Dataset dataset,
        IReadOnlyDictionary<string, decimal> need,
        IReadOnlyList<ExpectedResult> expected)
    {
        if (dataset.Years
            .Where(y => dataset.MetricYears.Contains(y))
            .Order()
            .LastOrDefault() is not { StartYear: > 0 } year)
        {
            return [];
        }

        decimal? Value(string code, SchoolMetric metric) => dataset.MetricOf(code, year, metric)?.Number;
        var lines = new List<Association>
        {
            Staff.Associations.Of(NeedKey, year, dataset.Schools
                .Where(s => need.ContainsKey(s.Code) && Value(s.Code, SchoolMetric.PupilsPerTeacher) is not null)
                .Select(s => (need[s.Code], Value(s.Code, SchoolMetric.PupilsPerTeacher)!.Value))
                .ToList()),
        };
        var residuals = expected.Where(e => e.Year == year && e.Measure == Measure.MeritValue).ToList();
        foreach (var info in SchoolMetricInfo.In(MetricGroup.Staff))
        {
            lines.Add(Staff.Associations.Of(ResidualKey(info.Metric), year, residuals
                .Where(e => Value(e.SchoolCode, info.Metric) is not null)
                .Select(e => (Value(e.SchoolCode, info.Metric)!.Value, e.Residual))
                .ToList()));
        }

        return lines;
    }
}
