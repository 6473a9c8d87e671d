using Site.Compute.Analysis;
using Site.Model;

namespace Site.Compute;

/// <summary>The analysis results keyed for the page builders' look-ups.</summary>
public sealed class AnalysisIndex
{
    // By area first: a page asks for hundreds of aggregates, and hashing the area's name into one tuple key for each was the
    // largest single cost of building the school pages. An ordinal string key hashes quickly, the rest are numbers.
    private readonly Dictionary<string, Dictionary<(OrganizerSplit, SchoolYear, Measure), Aggregate>> aggregates;
    private readonly Dictionary<(OrganizerSplit, SchoolYear, Measure), SocioeconomicGap> gaps;
    private readonly Dictionary<(string, SchoolYear, Measure), ExpectedResult> expected;
    private readonly Dictionary<(string, SchoolYear), DistrictFunding> funding;

    public AnalysisIndex(AnalysisResult result)
    {
        Result = result;
        aggregates = result.Aggregates.GroupBy(a => a.Area, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToDictionary(a => (a.Organizer, a.Year, a.Measure)), StringComparer.Ordinal);
        gaps = result.SocioeconomicGaps.ToDictionary(g => (g.Organizer, g.Year, g.Measure));
        expected = result.Expected.ToDictionary(e => (e.SchoolCode, e.Year, e.Measure));
        funding = result.Funding.ToDictionary(f => (f.Area, f.Year));
        FundingYears = result.Funding.Select(f => f.Year).Distinct().Order().ToList();
    }

    public AnalysisResult Result { get; }

    public IReadOnlyList<SchoolYear> FundingYears { get; }

    public Aggregate Aggregate(string area, SchoolYear year, Measure measure, OrganizerSplit split = OrganizerSplit.All) => aggregates[area][(split, year, measure)];

    public SocioeconomicGap? Gap(SchoolYear year, Measure measure) => gaps.GetValueOrDefault((OrganizerSplit.All, year, measure));

    public ExpectedResult? Expected(string code, SchoolYear year, Measure measure) => expected.GetValueOrDefault((code, year, measure));

    public DistrictFunding? Funding(string area, SchoolYear year) => funding.GetValueOrDefault((area, year));
}
