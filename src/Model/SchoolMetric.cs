namespace Site.Model;

/// <summary>
/// What a school's statistics/gr response gives beside the three results every page is built on: its teachers, its
/// grade-9 national tests and its eligibility for the preparatory programmes. Shown and aggregated apart from
/// <see cref="Measure"/>, so that the results' means, gaps and reconciliations keep their three measures.
/// </summary>
public enum SchoolMetric
{
    PupilsPerTeacher,
    CertifiedTeachersPct,
    SpecialEducatorsPct,
    SpecialTeacherPositions,
    TestSwedish,
    TestSwedishSecondLanguage,
    TestEnglish,
    TestMaths,
    EligibleAestheticPct,
    EligibleSocialPct,
    EligibleScienceTechPct,
}
