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
    IReadOnlyList<InputFile> Inputs)
{
    // Look-ups by district, built once: with a page per municipality and thousands of schools, scanning every school for
    // every area (per year, measure and organizer) cost seconds.
    private readonly Lazy<ILookup<string, School>> schoolsByDistrict = new(() => Schools.Where(s => s.DistrictName is not null).ToLookup(s => s.DistrictName!, StringComparer.Ordinal));

    private readonly Lazy<Dictionary<string, District>> districtsByName = new(() => Districts.ToDictionary(d => d.Name, StringComparer.Ordinal));

    /// <summary>The schools of a district, in the dataset's order (by code).</summary>
    public IEnumerable<School> SchoolsIn(string districtName) => schoolsByDistrict.Value[districtName];

    public District? DistrictNamed(string? name) => name is not null && districtsByName.Value.TryGetValue(name, out var d) ? d : null;

    public BackgroundRow? BackgroundOf(string schoolCode) =>
        BackgroundBySchool.TryGetValue(schoolCode, out var row) ? row : null;

    public AllocationRow? AllocationOf(string schoolCode, SchoolYear year) =>
        AllocationsBySchool.TryGetValue(schoolCode, out var rows) ? rows.FirstOrDefault(r => r.Year == year) : null;

    public IReadOnlyList<SchoolResult> ResultsOf(string schoolCode) =>
        ResultsBySchool.TryGetValue(schoolCode, out var results) ? results : [];

    public IReadOnlyList<PupilCount> PupilsOf(string schoolCode) =>
        PupilsBySchool.TryGetValue(schoolCode, out var pupils) ? pupils : [];
}
