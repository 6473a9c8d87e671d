using Site.Compute.Analysis;
using Site.Model;

namespace Site.Compute;

/// <summary>The analysis results keyed for the page builders' look-ups.</summary>
public sealed class AnalysisIndex
{
    // By area first: a page asks for hundreds of aggregates, and hashing the area's name into one tuple key for each was the
    // largest single cost of building the school pages. An ordinal string key hashes quickly, the rest are numbers.
    private readonly Dictionary<string, Dictionary<(OrganizerSplit, SchoolYear, Measure, MeanMethod), Aggregate>> aggregates;
    private readonly Dictionary<(OrganizerSplit, SchoolYear, Measure, MeanMethod), SocioeconomicGap> gaps;
    private readonly Dictionary<(string, SchoolYear, Measure), ExpectedResult> expected;
    private readonly Dictionary<(string, SchoolYear), DistrictFunding> funding;

    public AnalysisIndex(AnalysisResult result)
    {
        Result = result;
        aggregates = result.Aggregates.GroupBy(a => a.Area, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToDictionary(a => (a.Organizer, a.Year, a.Measure, a.Mean.Method)), StringComparer.Ordinal);
        gaps = result.SocioeconomicGaps.ToDictionary(g => (g.Organizer, g.Year, g.Measure, g.HighNeed.Method));
        expected = result.Expected.ToDictionary(e => (e.SchoolCode, e.Year, e.Measure));
        funding = result.Funding.ToDictionary(f => (f.Area, f.Year));
        FundingYears = result.Funding.Select(f => f.Year).Distinct().Order().ToList();
    }

    public AnalysisResult Result { get; }

    public IReadOnlyList<SchoolYear> FundingYears { get; }

    /// <summary>The year's headline mean: pupil-weighted where the year has pupil counts, otherwise unweighted.</summary>
    public Aggregate Aggregate(string area, SchoolYear year, Measure measure, OrganizerSplit split = OrganizerSplit.All) =>
        aggregates[area].TryGetValue((split, year, measure, MeanMethod.PupilWeighted), out var weighted) ? weighted : Unweighted(area, year, measure, split);

    /// <summary>The unweighted mean, which every year has: the series a trend is computed on.</summary>
    public Aggregate Unweighted(string area, SchoolYear year, Measure measure, OrganizerSplit split = OrganizerSplit.All) =>
        aggregates[area][(split, year, measure, MeanMethod.Unweighted)];

    /// <summary>The year's headline gap (pupil-weighted where the year has pupil counts).</summary>
    public SocioeconomicGap? Gap(SchoolYear year, Measure measure) =>
        gaps.GetValueOrDefault((OrganizerSplit.All, year, measure, MeanMethod.PupilWeighted)) ?? UnweightedGap(year, measure);

    /// <summary>The unweighted gap, which every year with a gap has: the series a trend is computed on.</summary>
    public SocioeconomicGap? UnweightedGap(SchoolYear year, Measure measure) =>
        gaps.GetValueOrDefault((OrganizerSplit.All, year, measure, MeanMethod.Unweighted));

    public ExpectedResult? Expected(string code, SchoolYear year, Measure measure) => expected.GetValueOrDefault((code, year, measure));

    public DistrictFunding? Funding(string area, SchoolYear year) => funding.GetValueOrDefault((area, year));
}
