namespace Site.Model;

/// <summary>The grade-9 results the site publishes for every school and year.</summary>
public enum Measure
{
    MeritValue,
    AllSubjectsPassedPct,
    EligibleVocationalPct,
}
