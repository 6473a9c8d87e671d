using Site.Compute.Analysis;
using Site.Model;

namespace Site.Compute;

/// <summary>The analysis results keyed for the page builders' look-ups.</summary>
public sealed class AnalysisIndex
{
    private readonly AggregateTable aggregates;
    private readonly Dictionary<AggregateKey, SocioeconomicGap> gaps;
    private readonly Dictionary<(string, SchoolYear, Measure), ExpectedResult> expected;

    // The rest of an area's figures by its id. A trend names its series by the subject trends.csv writes (an area's
    // slug or a school's code), so an area's trends are put at its id here, once.
    private readonly Dictionary<(int, SchoolYear), DistrictFunding> funding;
    private readonly Dictionary<(int, OrganizerSplit, Measure, TrendQuantity), SeriesTrend> trends;
    private readonly Dictionary<(string, Measure), SeriesTrend> schoolTrends;
    private readonly Dictionary<(int, OrganizerSplit, Measure, SchoolYear), YearChange> changes;
    private readonly Dictionary<(int, SchoolYear, Measure), Spread?> spreads;
    private readonly Dictionary<string, IReadOnlyList<SimilarSchool>> similar;
    private readonly Dictionary<(SchoolYear, Measure), IReadOnlyDictionary<ExpectedLabel, int>> labelCounts;

    // Made the first time a page asks, by area id (and measure): see ScatterPoints and UnweightedMeans.
    private readonly Lazy<IReadOnlyList<(string, decimal?, decimal?)>>?[] scatterPoints;
    private readonly IReadOnlyList<decimal?>?[] unweightedMeans;
    private readonly IReadOnlyList<Views.FigureCell>?[] unweightedMeanCells;

    /// <param name="dataset">The dataset analysed: its areas (<see cref="Dataset.Areas"/>), at their ids, and its
    /// schools' cells.</param>
    public AnalysisIndex(AnalysisResult result, Dataset dataset)
    {
        var areas = dataset.Areas;
        Result = result;
        Cells = new SchoolCells(dataset);
        aggregates = new AggregateTable(areas, result.Aggregates);
        var ids = areas.ToDictionary(a => a.Slug, a => a.Id, StringComparer.Ordinal);
        gaps = result.SocioeconomicGaps.ToDictionary(g => new AggregateKey(
            g.Organizer,
            g.Year,
            g.Measure,
            g.HighNeed.Method));
        expected = result.Expected.ToDictionary(e => (e.SchoolCode, e.Year, e.Measure));
        funding = result.Funding.ToDictionary(f => (f.Area.Id, f.Year));
        trends = result.Trends.Where(t => t.Level != AreaLevel.School)
            .ToDictionary(t => (ids[t.Area], t.Organizer, t.Measure, t.Quantity));
        schoolTrends = result.Trends
            .Where(t => t.Level == AreaLevel.School)
            .Where(t => t.Organizer == OrganizerSplit.All && t.Quantity == TrendQuantity.Value)
            .ToDictionary(t => (t.Area, t.Measure), CodeMeasureComparer.Instance);
        changes = result.YearChanges.ToDictionary(c => (c.Area.Id, c.Organizer, c.Measure, c.To));
        spreads = result.Spreads.ToDictionary(s => (s.Area.Id, s.Year, s.Measure), s => s.Spread);
        scatterPoints = new Lazy<IReadOnlyList<(string, decimal?, decimal?)>>?[areas.Count];
        unweightedMeans = new IReadOnlyList<decimal?>?[areas.Count * MeasureInfo.All.Count];
        unweightedMeanCells = new IReadOnlyList<Views.FigureCell>?[unweightedMeans.Length];
        FundingYears = result.Funding.Select(f => f.Year).Distinct().Order().ToList();
        labelCounts = result.Expected.GroupBy(e => (e.Year, e.Measure))
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyDictionary<ExpectedLabel, int>)g
                    .GroupBy(e => e.Label)
                    .ToDictionary(l => l.Key, l => l.Count()));
        Staff = new Analysis.Staff.StaffIndex(result.Staff);
        Municipal = new Analysis.Municipal.MunicipalIndex(result.Municipal);
        similar = result.Similar
            .GroupBy(s => s.SchoolCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<SimilarSchool>)g.ToList(), StringComparer.Ordinal);
    }

    public AnalysisResult Result { get; }

    /// <summary>
    /// An area's need-index scatter points (name, index, latest merit value), made by <paramref name="make"/> the first
    /// time any page asks and then shared: every school page of an area draws the same points around its own.
    /// </summary>
    public IReadOnlyList<(string Name, decimal? Index, decimal? Value)> ScatterPoints(
        Area area, Func<List<(string Name, decimal? Index, decimal? Value)>> make) =>
        // A Lazy, so that the pages of an area that ask at once run one maker (the points are the chart's largest
        // part); the means below are cheap enough to be made twice by two pages in a race.
        SharedSlot.Get(
            ref scatterPoints[area.Id], make, static m => new Lazy<IReadOnlyList<(string, decimal?, decimal?)>>(m))
            .Value;

    /// <summary>
    /// An area's unweighted means of one measure in <paramref name="years"/> (the dataset's, oldest first), made the
    /// first time a page asks and then shared: every school page of an area draws the area's and the whole's lines, and
    /// made per chart they were 30,000 lists and 450,000 look-ups of the same figures in a national build.
    /// </summary>
    public IReadOnlyList<decimal?> UnweightedMeans(Area area, Measure measure, IReadOnlyList<SchoolYear> years) =>
        SharedSlot.Get(
            ref unweightedMeans[MeansSlot(area, measure)],
            (Index: this, Area: area, Measure: measure, Years: years),
            static made => made.Years
                .Select(y => made.Index.Unweighted(made.Area, y, made.Measure).Mean.Value)
                .ToList());

    /// <summary>
    /// The same means as a table's cells (<see cref="Views.FigureCell.Of"/>), shared: every school page of an area, in
    /// both languages, compares its values with the area's and the whole's in a table, and a cell of each made per row
    /// was 74 MB of a national build's sampled allocations. A cell is a record: shared, it is still written and hashed
    /// whole.
    /// </summary>
    public IReadOnlyList<Views.FigureCell> UnweightedMeanCells(
        Area area, Measure measure, IReadOnlyList<SchoolYear> years) =>
        SharedSlot.Get(
            ref unweightedMeanCells[MeansSlot(area, measure)],
            (Index: this, Area: area, Measure: measure, Years: years),
            static made => made.Index.UnweightedMeans(made.Area, made.Measure, made.Years)
                .Select(m => Views.FigureCell.Of(m))
                .ToList());

    /// <summary>Each school's published values as table cells, shared by both languages' pages.</summary>
    public SchoolCells Cells { get; }

    /// <summary>The map's district outlines, made once for the views of a build (null without boundaries).</summary>
    public DistrictShapes? Shapes { get; init; }

    /// <summary>The teachers', national tests' and eligibility figures, keyed.</summary>
    public Analysis.Staff.StaffIndex Staff { get; }

    /// <summary>The municipalities' spending and teachers, keyed.</summary>
    public Analysis.Municipal.MunicipalIndex Municipal { get; }

    public IReadOnlyList<SchoolYear> FundingYears { get; }

    /// <summary>The year's headline mean: pupil-weighted where the year has pupil counts, otherwise
    /// unweighted.</summary>
    public Aggregate Aggregate(
        Area area, SchoolYear year, Measure measure, OrganizerSplit split = OrganizerSplit.All) =>
        aggregates.Find(area, split, year, measure, MeanMethod.PupilWeighted) ?? Unweighted(area, year, measure, split);

    /// <summary>The unweighted mean, which every year has: the series a trend is computed on.</summary>
    public Aggregate Unweighted(
        Area area, SchoolYear year, Measure measure, OrganizerSplit split = OrganizerSplit.All) =>
        aggregates.Find(area, split, year, measure, MeanMethod.Unweighted)
        ?? throw new KeyNotFoundException($"no unweighted mean of {area.Slug}, {split}, {year.Label}, {measure}");

    /// <summary>The year's headline gap (pupil-weighted where the year has pupil counts).</summary>
    public SocioeconomicGap? Gap(SchoolYear year, Measure measure) =>
        gaps.GetValueOrDefault(new AggregateKey(OrganizerSplit.All, year, measure, MeanMethod.PupilWeighted))
        ?? UnweightedGap(year, measure);

    /// <summary>The unweighted gap, which every year with a gap has: the series a trend is computed on.</summary>
    public SocioeconomicGap? UnweightedGap(SchoolYear year, Measure measure) =>
        gaps.GetValueOrDefault(new AggregateKey(OrganizerSplit.All, year, measure, MeanMethod.Unweighted));

    public ExpectedResult? Expected(string code, SchoolYear year, Measure measure) =>
        expected.GetValueOrDefault((code, year, measure));

    /// <summary>How many schools a year's and measure's expected values put under each label (a label no school has is
    /// 0).</summary>
    public int ExpectedCount(SchoolYear year, Measure measure, ExpectedLabel label) =>
        labelCounts.TryGetValue((year, measure), out var counts) ? counts.GetValueOrDefault(label) : 0;

    /// <summary>How many schools have an expected value in a year and measure.</summary>
    public int ExpectedTotal(SchoolYear year, Measure measure) =>
        labelCounts.TryGetValue((year, measure), out var counts) ? counts.Values.Sum() : 0;

    /// <summary>The trend of an area's values, a district's gap, or (the whole's) the socioeconomic gap.</summary>
    public SeriesTrend Trend(
        Area area, Measure measure, TrendQuantity quantity = TrendQuantity.Value,
        OrganizerSplit split = OrganizerSplit.All) =>
        trends[(area.Id, split, measure, quantity)];

    /// <summary>A school's own trend, or null when it has no row for the measure.</summary>
    public SeriesTrend? SchoolTrend(string code, Measure measure) => schoolTrends.GetValueOrDefault((code, measure));

    /// <summary>The matched-panel change into a school year from the one before, or null for the first year.</summary>
    public YearChange? Change(Area area, SchoolYear to, Measure measure, OrganizerSplit split = OrganizerSplit.All) =>
        changes.GetValueOrDefault((area.Id, split, measure, to));

    /// <summary>A district's spread of school values, or null when none of its schools has a number.</summary>
    public Spread? Spread(Area area, SchoolYear year, Measure measure) =>
        spreads.GetValueOrDefault((area.Id, year, measure));

    public DistrictFunding? Funding(Area area, SchoolYear year) => funding.GetValueOrDefault((area.Id, year));

    /// <summary>A school's most alike schools by intake, most alike first; none when its shares are not
    /// published.</summary>
    public IReadOnlyList<SimilarSchool> SimilarTo(string code) => similar.GetValueOrDefault(code) ?? [];

    private static int MeansSlot(Area area, Measure measure) => area.Id * MeasureInfo.All.Count + (int)measure;
}
