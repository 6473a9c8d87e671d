namespace Site.Model;

/// <summary>A measure's code in files and its valid range; its words in each language are in Compute/Texts.</summary>
public sealed record MeasureInfo(Measure Measure, string Code, decimal Min, decimal Max)
{
    public static readonly IReadOnlyList<MeasureInfo> All =
    [
        new(Measure.MeritValue, "merit_value", 0m, 340m),
        new(Measure.AllSubjectsPassedPct, "all_subjects_passed_pct", 0m, 100m),
        new(Measure.EligibleVocationalPct, "eligible_vocational_pct", 0m, 100m),
    ];

    public static MeasureInfo Of(Measure measure) => All[(int)measure];

    public static MeasureInfo? FromCode(string code) => All.FirstOrDefault(m => m.Code == code);
}
