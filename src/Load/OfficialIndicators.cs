using Site.Model;

namespace Site.Load;

/// <summary>The report's <c>Uppgift</c> texts, matched by meaning as the export columns are (case and spacing
/// folded).</summary>
public static class OfficialIndicators
{
    private static readonly (string Text, OfficialIndicator Indicator)[] Known =
    [
        ("totalt antal elever årskurs 9", OfficialIndicator.Pupils),
        ("andel (%) flickor", OfficialIndicator.GirlsPct),
        ("andel (%) pojkar", OfficialIndicator.BoysPct),
        ("andel (%) elever med utländsk bakgrund", OfficialIndicator.ForeignBackgroundPct),
        ("andel (%) med föräldrar med eftergymnasial utbildning", OfficialIndicator.ParentsPostSecondaryPct),
        ("genomsnittligt meritvärde (17 ämnen)", OfficialIndicator.MeritValue17),
        ("genomsnittligt meritvärde (16 ämnen)", OfficialIndicator.MeritValue16),
        ("andel (%) behöriga till yrkesprogram", OfficialIndicator.EligibleVocationalPct),
        ("andel (%) som fått godkänt betyg i alla ämnen", OfficialIndicator.AllSubjectsPassedPct),
    ];

    /// <summary>The names accepted, for an error message.</summary>
    public static string Accepted => string.Join("; ", Known.Select(k => k.Text));

    public static OfficialIndicator? Match(string text)
    {
        // "- andel (%) flickor": the report indents sub-rows of the pupil count with a dash.
        var normal = ExportColumnMatcher.Normalise(text.Trim().TrimStart('-'));
        foreach (var (known, indicator) in Known)
        {
            if (normal == known)
            {
                return indicator;
            }
        }

        return null;
    }

    /// <summary>The site's measure an indicator is the official figure for, if any.</summary>
    public static Measure? MeasureOf(OfficialIndicator indicator) => indicator switch
    {
        OfficialIndicator.MeritValue17 => Measure.MeritValue,
        OfficialIndicator.EligibleVocationalPct => Measure.EligibleVocationalPct,
        OfficialIndicator.AllSubjectsPassedPct => Measure.AllSubjectsPassedPct,
        _ => null,
    };

    public static string Code(OfficialIndicator indicator) => indicator switch
    {
        OfficialIndicator.Pupils => "pupils",
        OfficialIndicator.GirlsPct => "girls_pct",
        OfficialIndicator.BoysPct => "boys_pct",
        OfficialIndicator.ForeignBackgroundPct => "foreign_background_pct",
        OfficialIndicator.ParentsPostSecondaryPct => "parents_post_secondary_pct",
        OfficialIndicator.MeritValue17 => "merit_value",
        OfficialIndicator.MeritValue16 => "merit_value_16",
        OfficialIndicator.EligibleVocationalPct => "eligible_vocational_pct",
        _ => "all_subjects_passed_pct",
    };
}
