using Site.Compute.Analysis;
using Site.Model;

namespace Site.Compute;

/// <summary>The analysis results keyed for the page builders' look-ups.</summary>
public sealed class AnalysisIndex
{
    // By area first: a page asks for hundreds of aggregates, and hashing the area's name into one tuple key for each was the
    // largest single cost of building the school pages. An ordinal string key hashes quickly, the rest are numbers.
    private readonly Dictionary<string, Dictionary<AggregateKey, Aggregate>> aggregates;
    private readonly Dictionary<AggregateKey, SocioeconomicGap> gaps;
    private readonly Dictionary<(string, SchoolYear, Measure), ExpectedResult> expected;
    private readonly Dictionary<(string, SchoolYear), DistrictFunding> funding;
    private readonly Dictionary<(AreaLevel, string, OrganizerSplit, Measure, TrendQuantity), SeriesTrend> trends;
    private readonly Dictionary<(string, OrganizerSplit, Measure, SchoolYear), YearChange> changes;
    private readonly Dictionary<(string, SchoolYear, Measure), Spread?> spreads;
    private readonly Dictionary<string, IReadOnlyList<SimilarSchool>> similar;
    private readonly Dictionary<(SchoolYear, Measure), IReadOnlyDictionary<ExpectedLabel, int>> labelCounts;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<IReadOnlyList<(string, decimal?, decimal?)>>> scatterPoints = new(StringComparer.Ordinal);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<
        (string Area, Measure Measure), Lazy<IReadOnlyList<decimal?>>> unweightedMeans = new();

    private readonly System.Collections.Concurrent.ConcurrentDictionary<
        (string Area, Measure Measure), Lazy<IReadOnlyList<Views.FigureCell>>> unweightedMeanCells = new();

    public AnalysisIndex(AnalysisResult result)
    {
        Result = result;
        aggregates = result.Aggregates.GroupBy(a => a.Area, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.ToDictionary(a => new AggregateKey(a.Organizer, a.Year, a.Measure, a.Mean.Method)),
                StringComparer.Ordinal);
        gaps = result.SocioeconomicGaps.ToDictionary(g => new AggregateKey(g.Organizer, g.Year, g.Measure, g.HighNeed.Method));
        expected = result.Expected.ToDictionary(e => (e.SchoolCode, e.Year, e.Measure));
        funding = result.Funding.ToDictionary(f => (f.Area, f.Year));
        trends = result.Trends.ToDictionary(t => (t.Level, t.Area, t.Organizer, t.Measure, t.Quantity));
        changes = result.YearChanges.ToDictionary(c => (c.Area, c.Organizer, c.Measure, c.To));
        spreads = result.Spreads.ToDictionary(s => (s.Area, s.Year, s.Measure), s => s.Spread);
        FundingYears = result.Funding.Select(f => f.Year).Distinct().Order().ToList();
        labelCounts = result.Expected.GroupBy(e => (e.Year, e.Measure))
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<ExpectedLabel, int>)g.GroupBy(e => e.Label).ToDictionary(l => l.Key, l => l.Count()));
        Staff = new Analysis.Staff.StaffIndex(result.Staff);
        Municipal = new Analysis.Municipal.MunicipalIndex(result.Municipal);
        similar = result.Similar.GroupBy(s => s.SchoolCode, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (IReadOnlyList<SimilarSchool>)g.ToList(), StringComparer.Ordinal);
    }

    public AnalysisResult Result { get; }

    /// <summary>
    /// An area's need-index scatter points (name, index, latest merit value), made by <paramref name="make"/> the first
    /// time any page asks and then shared: every school page of an area draws the same points around its own.
    /// </summary>
    public IReadOnlyList<(string Name, decimal? Index, decimal? Value)> ScatterPoints(string area, Func<List<(string Name, decimal? Index, decimal? Value)>> make) =>
        scatterPoints.GetOrAdd(
            area, static (_, maker) => new Lazy<IReadOnlyList<(string, decimal?, decimal?)>>(maker), make).Value;

    /// <summary>
    /// An area's unweighted means of one measure in <paramref name="years"/> (the dataset's, oldest first), made the
    /// first time a page asks and then shared: every school page of an area draws the area's and the whole's lines, and
    /// made per chart they were 30,000 lists and 450,000 look-ups of the same figures in a national build.
    /// </summary>
    public IReadOnlyList<decimal?> UnweightedMeans(string area, Measure measure, IReadOnlyList<SchoolYear> years) =>
        unweightedMeans.GetOrAdd(
            (area, measure),
            // Static, handed what it needs (here and for the cells): a maker that captured the years was a closure
            // allocated on every look-up, six per school page, found or not.
            static (key, made) => new Lazy<IReadOnlyList<decimal?>>(
                () => made.Years.Select(y => made.Index.Unweighted(key.Area, y, key.Measure).Mean.Value).ToList()),
            (Index: this, Years: years)).Value;

    /// <summary>
    /// The same means as a table's cells (<see cref="Views.FigureCell.Of"/>), shared: every school page of an area, in
    /// both languages, compares its values with the area's and the whole's in a table, and a cell of each made per row
    /// was 74 MB of a national build's sampled allocations. A cell is a record: shared, it is still written and hashed
    /// whole.
    /// </summary>
    public IReadOnlyList<Views.FigureCell> UnweightedMeanCells(
        string area, Measure measure, IReadOnlyList<SchoolYear> years) =>
        unweightedMeanCells.GetOrAdd(
            (area, measure),
            static (key, made) => new Lazy<IReadOnlyList<Views.FigureCell>>(
                () => made.Index.UnweightedMeans(key.Area, key.Measure, made.Years)
                    .Select(m => Views.FigureCell.Of(m))
                    .ToList()),
            (Index: this, Years: years)).Value;

    /// <summary>The map's district outlines, made once for the views of a build (null without boundaries).</summary>
    public DistrictShapes? Shapes { get; init; }

    /// <summary>The teachers', national tests' and eligibility figures, keyed.</summary>
    public Analysis.Staff.StaffIndex Staff { get; }

    /// <summary>The municipalities' spending and teachers, keyed.</summary>
    public Analysis.Municipal.MunicipalIndex Municipal { get; }

    public IReadOnlyList<SchoolYear> FundingYears { get; }

    /// <summary>The year's headline mean: pupil-weighted where the year has pupil counts, otherwise unweighted.</summary>
    public Aggregate Aggregate(string area, SchoolYear year, Measure measure, OrganizerSplit split = OrganizerSplit.All) =>
        aggregates[area].TryGetValue(new AggregateKey(split, year, measure, MeanMethod.PupilWeighted), out var weighted)
            ? weighted
            : Unweighted(area, year, measure, split);

    /// <summary>The unweighted mean, which every year has: the series a trend is computed on.</summary>
    public Aggregate Unweighted(string area, SchoolYear year, Measure measure, OrganizerSplit split = OrganizerSplit.All) =>
        aggregates[area][new AggregateKey(split, year, measure, MeanMethod.Unweighted)];

    /// <summary>The year's headline gap (pupil-weighted where the year has pupil counts).</summary>
    public SocioeconomicGap? Gap(SchoolYear year, Measure measure) =>
        gaps.GetValueOrDefault(new AggregateKey(OrganizerSplit.All, year, measure, MeanMethod.PupilWeighted))
        ?? UnweightedGap(year, measure);

    /// <summary>The unweighted gap, which every year with a gap has: the series a trend is computed on.</summary>
    public SocioeconomicGap? UnweightedGap(SchoolYear year, Measure measure) =>
        gaps.GetValueOrDefault(new AggregateKey(OrganizerSplit.All, year, measure, MeanMethod.Unweighted));

    public ExpectedResult? Expected(string code, SchoolYear year, Measure measure) => expected.GetValueOrDefault((code, year, measure));

    /// <summary>How many schools a year's and measure's expected values put under each label (a label no school has is 0).</summary>
    public int ExpectedCount(SchoolYear year, Measure measure, ExpectedLabel label) =>
        labelCounts.TryGetValue((year, measure), out var counts) ? counts.GetValueOrDefault(label) : 0;

    /// <summary>How many schools have an expected value in a year and measure.</summary>
    public int ExpectedTotal(SchoolYear year, Measure measure) =>
        labelCounts.TryGetValue((year, measure), out var counts) ? counts.Values.Sum() : 0;

    /// <summary>The trend of an area's values (city or district slug), a district's gap, or the socioeconomic gap.</summary>
    public SeriesTrend Trend(string area, Measure measure, TrendQuantity quantity = TrendQuantity.Value, OrganizerSplit split = OrganizerSplit.All) =>
        trends[(area == Analysis.Aggregates.CityArea ? AreaLevel.City : AreaLevel.District, area, split, measure, quantity)];

    /// <summary>A school's own trend, or null when it has no row for the measure.</summary>
    public SeriesTrend? SchoolTrend(string code, Measure measure) =>
        trends.GetValueOrDefault((AreaLevel.School, code, OrganizerSplit.All, measure, TrendQuantity.Value));

    /// <summary>The matched-panel change into a school year from the one before, or null for the first year.</summary>
    public YearChange? Change(string area, SchoolYear to, Measure measure, OrganizerSplit split = OrganizerSplit.All) =>
        changes.GetValueOrDefault((area, split, measure, to));

    /// <summary>A district's spread of school values, or null when none of its schools has a number.</summary>
    public Spread? Spread(string area, SchoolYear year, Measure measure) => spreads.GetValueOrDefault((area, year, measure));

    public DistrictFunding? Funding(string area, SchoolYear year) => funding.GetValueOrDefault((area, year));

    /// <summary>A school's most alike schools by intake, most alike first; none when its shares are not published.</summary>
    public IReadOnlyList<SimilarSchool> SimilarTo(string code) => similar.GetValueOrDefault(code) ?? [];
}
