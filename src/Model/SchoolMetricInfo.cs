namespace Site.Model;

/// <summary>
/// A metric's code in files, the key of its series in Skolverket's statistics/gr response, its group, valid range and
/// published decimals. Its words and unit in each language are in Compute/Texts/MetricWords.
/// </summary>
public sealed record SchoolMetricInfo(
    SchoolMetric Metric,
    string Code,
    string ApiKey,
    MetricGroup Group,
    decimal Min,
    decimal Max)
{
    public static readonly IReadOnlyList<SchoolMetricInfo> All =
    [
        new(
            SchoolMetric.PupilsPerTeacher,
            "pupils_per_teacher",
            "studentsPerTeacherQuota",
            MetricGroup.Staff,
            0m,
            100m),
        new(
            SchoolMetric.CertifiedTeachersPct,
            "certified_teachers_pct",
            "certifiedTeachersQuota",
            MetricGroup.Staff,
            0m,
            100m),
        new(
            SchoolMetric.SpecialEducatorsPct,
            "special_educators_pct",
            "specialEducatorsQuota",
            MetricGroup.Staff,
            0m,
            100m),
        new(
            SchoolMetric.SpecialTeacherPositions,
            "special_teacher_positions",
            "specialTeacherPositions",
            MetricGroup.Staff,
            0m,
            500m),
        new(
            SchoolMetric.TestSwedish,
            "test_swedish",
            "averageResultNationalTestsSubjectSVE9thGrade",
            MetricGroup.NationalTest,
            0m,
            20m),
        new(
            SchoolMetric.TestSwedishSecondLanguage,
            "test_swedish_second_language",
            "averageResultNationalTestsSubjectSVA9thGrade",
            MetricGroup.NationalTest,
            0m,
            20m),
        new(
            SchoolMetric.TestEnglish,
            "test_english",
            "averageResultNationalTestsSubjectENG9thGrade",
            MetricGroup.NationalTest,
            0m,
            20m),
        new(
            SchoolMetric.TestMaths,
            "test_maths",
            "averageResultNationalTestsSubjectMA9thGrade",
            MetricGroup.NationalTest,
            0m,
            20m),
        new(
            SchoolMetric.EligibleAestheticPct,
            "eligible_aesthetic_pct",
            "ratioOfPupils9thGradeEligibleForNationalProgramES",
            MetricGroup.Eligibility,
            0m,
            100m),
        new(
            SchoolMetric.EligibleSocialPct,
            "eligible_social_pct",
            "ratioOfPupils9thGradeEligibleForNationalProgramSAEKHU",
            MetricGroup.Eligibility,
            0m,
            100m),
        new(
            SchoolMetric.EligibleScienceTechPct,
            "eligible_science_tech_pct",
            "ratioOfPupils9thGradeEligibleForNationalProgramNATE",
            MetricGroup.Eligibility,
            0m,
            100m),
    ];

    public static SchoolMetricInfo Of(SchoolMetric metric) => All[(int)metric];

    public static SchoolMetricInfo? FromCode(string code) => All.FirstOrDefault(m => m.Code == code);

    public static IReadOnlyList<SchoolMetricInfo> In(MetricGroup group) => All.Where(m => m.Group == group).ToList();

    /// <summary>
    /// The first school year whose values compare with the latest: from 2024/25 Skolverket publishes no teacher figure
    /// based on fewer than 3 full-time posts, which hides most schools' special teacher posts (a count that is itself
    /// mostly under 3), so that measure's means before and after do not compare. Null: every year compares.
    /// </summary>
    public SchoolYear? ComparableFrom => Metric == SchoolMetric.SpecialTeacherPositions ? new SchoolYear(2024) : null;

    /// <summary>A share (%): the only kind that may read <c>~100</c>.</summary>
    public bool IsShare => Max == 100m && Metric != SchoolMetric.PupilsPerTeacher;

    /// <summary>Skolverket's teacher marker <c>*</c> belongs to the staff figures only.</summary>
    public bool IsStaff => Group == MetricGroup.Staff;
}
