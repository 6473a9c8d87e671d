namespace Site.Model;

/// <summary>Everything the site says about a measure: its file code, its Swedish label, its valid range.</summary>
public sealed record MeasureInfo(Measure Measure, string Code, string Label, string ShortLabel, string Unit, decimal Min, decimal Max, int Decimals)
{
    public static readonly IReadOnlyList<MeasureInfo> All =
    [
        new(Measure.MeritValue, "merit_value", "Genomsnittligt meritvärde (17 ämnen)", "Meritvärde", "poäng", 0m, 340m, 1),
        new(Measure.AllSubjectsPassedPct, "all_subjects_passed_pct", "Andel (%) elever som uppfyllt betygskriterierna i alla ämnen", "Klarat alla ämnen, %", "procent", 0m, 100m, 1),
        new(Measure.EligibleVocationalPct, "eligible_vocational_pct", "Andel (%) elever behöriga till yrkesprogram", "Behöriga till yrkesprogram, %", "procent", 0m, 100m, 1),
    ];

    public static MeasureInfo Of(Measure measure) => All[(int)measure];

    public static MeasureInfo? FromCode(string code) => All.FirstOrDefault(m => m.Code == code);
}
