namespace Site.Model;

/// <summary>The frozen, validated model every later stage reads. Collections are sorted; nothing here changes after building.</summary>
public sealed record Dataset(
    SiteSettings Settings,
    IReadOnlyList<School> Schools,
    IReadOnlyList<District> Districts,
    IReadOnlyList<SchoolYear> Years,
    IReadOnlyDictionary<string, IReadOnlyList<SchoolResult>> ResultsBySchool,
    IReadOnlyDictionary<string, IReadOnlyList<PupilCount>> PupilsBySchool,
    IReadOnlyList<SourceFile> Sources)
{
    public IReadOnlyList<SchoolResult> ResultsOf(string schoolCode) =>
        ResultsBySchool.TryGetValue(schoolCode, out var results) ? results : [];

    public IReadOnlyList<PupilCount> PupilsOf(string schoolCode) =>
        PupilsBySchool.TryGetValue(schoolCode, out var pupils) ? pupils : [];
}
