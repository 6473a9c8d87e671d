namespace Site.Model;

/// <summary>
/// The frozen, validated model every later stage reads. Collections are sorted; nothing here changes after building.
/// Background holds each school's latest background row (one snapshot is what Skolverket publishes).
/// </summary>
public sealed record Dataset(
    SiteSettings Settings,
    IReadOnlyList<School> Schools,
    IReadOnlyList<District> Districts,
    IReadOnlyList<SchoolYear> Years,
    IReadOnlyDictionary<string, IReadOnlyList<SchoolResult>> ResultsBySchool,
    IReadOnlyDictionary<string, IReadOnlyList<PupilCount>> PupilsBySchool,
    IReadOnlyList<SourceFile> Sources,
    IReadOnlyDictionary<string, BackgroundRow> BackgroundBySchool,
    IReadOnlyDictionary<string, IReadOnlyList<AllocationRow>> AllocationsBySchool,
    AllocationInfo? Allocation,
    IReadOnlyList<InputFile> Inputs,
    IReadOnlyList<OfficialFigure>? OfficialFigures = null,
    IReadOnlyList<OfficialRevision>? OfficialRevisionList = null,
    IReadOnlyList<(string Code, string Successor)>? ReplacedCodes = null,
    int OtherMunicipalityRows = 0)
{
    /// <summary>Each published school's staff, test and eligibility values, sorted by year and metric.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<MetricRow>> MetricsBySchool { get; init; } =
        new Dictionary<string, IReadOnlyList<MetricRow>>();

    /// <summary>
    /// Every row of Skolverket's municipality reports, of every municipality: a single city's page compares its
    /// spending and teachers with the whole country's, so none is filtered away.
    /// </summary>
    public IReadOnlyList<Municipal.MunicipalRow> MunicipalRows { get; init; } = [];

    /// <summary>The school years that have staff, test or eligibility values, oldest first.</summary>
    public IReadOnlyList<SchoolYear> MetricYears { get; init; } = [];

    public IReadOnlyList<MetricRow> MetricsOf(string schoolCode) =>
        MetricsBySchool.TryGetValue(schoolCode, out var rows) ? rows : [];

    /// <summary>One staff, test or eligibility value, or null when the school has no row for it.</summary>
    public ResultValue? MetricOf(string schoolCode, SchoolYear year, SchoolMetric metric)
    {
        // By index: a foreach over the interface made an enumerator object for each of the many look-ups.
        var rows = MetricsOf(schoolCode);
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Year == year && rows[i].Metric == metric)
            {
                return rows[i].Value;
            }
        }

        return null;
    }

    /// <summary>Registry codes with no results of their own whose successor is published: their old URLs
    /// redirect.</summary>
    public IReadOnlyList<(string Code, string Successor)> Replaced => ReplacedCodes ?? [];

    /// <summary>Skolverket's official municipality figures for the site's municipalities (empty without a
    /// report).</summary>
    public IReadOnlyList<OfficialFigure> Official => OfficialFigures ?? [];

    /// <summary>Official figures a newer report gives differently from an older one.</summary>
    public IReadOnlyList<OfficialRevision> OfficialRevisions => OfficialRevisionList ?? [];

    /// <summary>One official figure, or null when no report gives it.</summary>
    /// <param name="organizer">Null for all organizers (the report's Samtliga).</param>
    public OfficialFigure? OfficialOf(
        string municipality,
        OrganizerType? organizer,
        SchoolYear year,
        OfficialIndicator indicator) =>
        officialByKey.Value.GetValueOrDefault((municipality, organizer, year, indicator));

    private readonly Lazy<Dictionary<(string, OrganizerType?, SchoolYear, OfficialIndicator), OfficialFigure>>
        officialByKey = new(() => (OfficialFigures ?? [])
            .ToDictionary(f => (f.MunicipalityCode, f.Organizer, f.Year, f.Indicator)));

    // Look-ups by district, built once: with a page per municipality and thousands of schools, scanning every school
    // for every area (per year, measure and organizer) cost seconds. By reference, as the areas below: a school's
    // district is one of Districts.
    private readonly Lazy<ILookup<District, School>> schoolsByDistrict = new(() => Schools
        .Where(s => s.District is not null)
        .ToLookup<School, District>(s => s.District!, ReferenceEqualityComparer.Instance));

    // By reference: a district is one object from the model to the page, and a record's equality would compare its
    // boundary. Each school's district position is read off the same map (its area's id less one).
    private readonly Lazy<(Area[] All, Dictionary<District, Area> ByDistrict, int[] SchoolDistricts)> areas = new(() =>
    {
        var all = Districts.Select((d, i) => new Area(i + 1, d.Slug, d.Name))
            .Prepend(new Area(0, Area.WholeSlug, Settings.AreaName))
            .ToArray();
        var byDistrict = new Dictionary<District, Area>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < Districts.Count; i++)
        {
            byDistrict[Districts[i]] = all[i + 1];
        }

        var schoolDistricts = Schools.Select(s => s.District is { } d ? byDistrict[d].Id - 1 : -1).ToArray();
        return (all, byDistrict, schoolDistricts);
    });

    /// <summary>
    /// The whole, then each district in <see cref="Districts"/>' order: an area's position is its id.
    /// </summary>
    public IReadOnlyList<Area> Areas => areas.Value.All;

    /// <summary>The site's whole area (the city, the county or the country).</summary>
    public Area Whole => areas.Value.All[0];

    /// <summary>A district of <see cref="Districts"/> as an area.</summary>
    public Area AreaOf(District district) => areas.Value.ByDistrict[district];

    private readonly Lazy<IReadOnlyList<string>> yearLabels = new(() => Years.Select(y => y.Label).ToList());

    /// <summary>
    /// The school years' labels ("2024/25"), oldest first: the categories of every chart by year, one list for all.
    /// </summary>
    public IReadOnlyList<string> YearLabels => yearLabels.Value;

    private readonly Lazy<Dictionary<SchoolYear, int>> yearPositions = new(() => Years.Select((y, i) => (
        y,
        i)).ToDictionary(p => p.y, p => p.i));

    private readonly Lazy<Dictionary<string, School>> schoolsByCode = new(() => Schools.ToDictionary(
        s => s.Code,
        StringComparer.Ordinal));

    /// <summary>The school with this code, or null: built once, since school pages look schools up by code.</summary>
    public School? SchoolOf(string code) => schoolsByCode.Value.GetValueOrDefault(code);

    /// <summary>
    /// Each school's district as its position in <see cref="Districts"/> (-1 for none), in the order of
    /// <see cref="Schools"/>: the analysis sorts a year's schools into districts by it in one pass, looking nothing up.
    /// </summary>
    public IReadOnlyList<int> DistrictPositions => areas.Value.SchoolDistricts;

    /// <summary>Each school year's position in <see cref="Years"/>, for tables indexed by year.</summary>
    public IReadOnlyDictionary<SchoolYear, int> YearPositions => yearPositions.Value;

    /// <summary>The schools of a district, in the dataset's order (by code).</summary>
    public IEnumerable<School> SchoolsIn(District district)
    {
        // A district that is not one of Districts (another dataset's) is an error (AreaOf throws), where the look-up
        // by reference would find it no schools.
        _ = AreaOf(district);
        return schoolsByDistrict.Value[district];
    }

    /// <summary>A school's result for one year and measure, or null when it has no row.</summary>
    public SchoolResult? ResultOf(string schoolCode, SchoolYear year, Measure measure)
    {
        // A school's rows are in SchoolResult.Order: a binary search needs no index over every cell of the country.
        if (!ResultsBySchool.TryGetValue(schoolCode, out var results))
        {
            return null;
        }

        int low = 0, high = results.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var row = results[middle];
            var order = SchoolResult.Order(row.Year, row.Measure, year, measure);
            if (order == 0)
            {
                return row;
            }

            (low, high) = order < 0 ? (middle + 1, high) : (low, middle - 1);
        }

        return null;
    }

    /// <summary>A school's pupil count for one year, or null when no export gives it.</summary>
    public PupilCount? PupilCountOf(string schoolCode, SchoolYear year)
    {
        if (PupilsBySchool.TryGetValue(schoolCode, out var counts))
        {
            foreach (var count in counts)
            {
                if (count.Year == year)
                {
                    return count;
                }
            }
        }

        return null;
    }

    /// <summary>The dataset as the pages of one language see it (the whole under its name in that language); the same
    /// rows.</summary>
    public Dataset For(Compute.Texts.Language language) =>
        Settings.For(language) is var settings && settings != Settings ? this with { Settings = settings } : this;


    public BackgroundRow? BackgroundOf(string schoolCode) =>
        BackgroundBySchool.TryGetValue(schoolCode, out var row) ? row : null;

    public AllocationRow? AllocationOf(string schoolCode, SchoolYear year) =>
        AllocationsBySchool.TryGetValue(schoolCode, out var rows) ? rows.FirstOrDefault(r => r.Year == year) : null;

    public IReadOnlyList<SchoolResult> ResultsOf(string schoolCode) =>
        ResultsBySchool.TryGetValue(schoolCode, out var results) ? results : [];

    /// <summary>
    /// The school years a school has results for, oldest first. Its rows are in <see cref="SchoolResult.Order"/>, year
    /// first, so one pass finds them: the page builders each sorted the distinct years through a hash set.
    /// </summary>
    public IReadOnlyList<SchoolYear> YearsOf(string schoolCode)
    {
        var rows = ResultsOf(schoolCode);
        var years = new List<SchoolYear>(Math.Min(rows.Count, Years.Count));
        foreach (var row in rows)
        {
            if (years.Count == 0 || years[^1] != row.Year)
            {
                years.Add(row.Year);
            }
        }

        return years;
    }

    public IReadOnlyList<PupilCount> PupilsOf(string schoolCode) =>
        PupilsBySchool.TryGetValue(schoolCode, out var pupils) ? pupils : [];
}
