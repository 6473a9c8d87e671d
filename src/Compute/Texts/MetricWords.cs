using Site.Model;

namespace Site.Compute.Texts;

/// <summary>
/// The words of the staff, test and eligibility measures in one language: a column label that carries its unit, a
/// sentence subject and the unit alone. The units are Skolverket's where it states them (pupils per full-time teacher,
/// shares of teachers, full-time positions, test grades 0–20); /metod/ says how the one it does not state was checked.
/// </summary>
public static class MetricWords
{
    public static string Label(Texts t, SchoolMetric metric) => metric switch
    {
        SchoolMetric.PupilsPerTeacher => t.Pick(
            "Elever per lärare (heltidstjänst)",
            "Pupils per teacher (full-time post)"),
        SchoolMetric.CertifiedTeachersPct => t.Pick(
            "Legitimerade och behöriga lärare, %",
            "Certified, qualified teachers, %"),
        SchoolMetric.SpecialEducatorsPct => t.Pick(
            "Specialpedagoger, % av lärartjänsterna",
            "Special educators, % of teacher posts"),
        SchoolMetric.SpecialTeacherPositions => t.Pick(
            "Speciallärare, heltidstjänster",
            "Special teachers, full-time posts"),
        SchoolMetric.TestSwedish => t.Pick("Nationellt prov svenska (0–20)", "National test Swedish (0–20)"),
        SchoolMetric.TestSwedishSecondLanguage => t.Pick(
            "Nationellt prov svenska som andraspråk (0–20)",
            "National test Swedish as a second language (0–20)"),
        SchoolMetric.TestEnglish => t.Pick("Nationellt prov engelska (0–20)", "National test English (0–20)"),
        SchoolMetric.TestMaths => t.Pick("Nationellt prov matematik (0–20)", "National test mathematics (0–20)"),
        SchoolMetric.EligibleAestheticPct => t.Pick(
            "Behöriga till estetiska programmet, %",
            "Eligible for the arts programme, %"),
        SchoolMetric.EligibleSocialPct => t.Pick(
            "Behöriga till ekonomi-, humanistiska och samhällsvetenskapsprogrammen, %",
            "Eligible for the business, humanities and social science programmes, %"),
        _ => t.Pick(
            "Behöriga till naturvetenskaps- och teknikprogrammen, %",
            "Eligible for the natural science and technology programmes, %"),
    };

    /// <summary>The measure as a sentence's subject.</summary>
    public static string Subject(Texts t, SchoolMetric metric) => metric switch
    {
        SchoolMetric.PupilsPerTeacher => t.Pick("Antalet elever per lärare", "The number of pupils per teacher"),
        SchoolMetric.CertifiedTeachersPct => t.Pick(
            "Andelen legitimerade och behöriga lärare",
            "The share of certified, qualified teachers"),
        SchoolMetric.SpecialEducatorsPct => t.Pick(
            "Specialpedagogernas andel av lärartjänsterna",
            "Special educators' share of teacher posts"),
        SchoolMetric.SpecialTeacherPositions => t.Pick(
            "Antalet speciallärartjänster",
            "The number of special teacher posts"),
        SchoolMetric.TestSwedish => t.Pick("Provbetyget i svenska", "The test grade in Swedish"),
        SchoolMetric.TestSwedishSecondLanguage => t.Pick(
            "Provbetyget i svenska som andraspråk",
            "The test grade in Swedish as a second language"),
        SchoolMetric.TestEnglish => t.Pick("Provbetyget i engelska", "The test grade in English"),
        SchoolMetric.TestMaths => t.Pick("Provbetyget i matematik", "The test grade in mathematics"),
        _ => Label(t, metric),
    };

    /// <summary>The unit, as the data dictionary states it.</summary>
    public static string Unit(Texts t, SchoolMetric metric) => metric switch
    {
        SchoolMetric.PupilsPerTeacher => t.Pick(
            "elever per lärare omräknat till heltidstjänster",
            "pupils per teacher, counted in full-time posts"),
        SchoolMetric.CertifiedTeachersPct => t.Pick("procent av lärarna", "per cent of the teachers"),
        SchoolMetric.SpecialEducatorsPct => t.Pick(
            "heltidstjänster specialpedagoger per 100 heltidstjänster lärare (procent)",
            "full-time special educator posts per 100 full-time teacher posts (per cent)"),
        SchoolMetric.SpecialTeacherPositions => t.Pick("antal heltidstjänster", "number of full-time posts"),
        SchoolMetric.TestSwedish or SchoolMetric.TestSwedishSecondLanguage or SchoolMetric.TestEnglish
            or SchoolMetric.TestMaths =>
            t.Pick("genomsnittligt provbetyg, F = 0 till A = 20", "average test grade, F = 0 to A = 20"),
        _ => t.Pick("procent av eleverna i årskurs 9", "per cent of grade 9 pupils"),
    };

    public static string GroupTitle(Texts t, MetricGroup group) => group switch
    {
        MetricGroup.Staff => t.Pick("Lärare och specialpedagogik", "Teachers and special-needs staff"),
        MetricGroup.NationalTest => t.Pick("Nationella prov i årskurs 9", "National tests in grade 9"),
        _ => t.Pick("Behörighet till gymnasieskolans program", "Eligibility for upper-secondary programmes"),
    };

    /// <summary>What Skolverket's teacher marker means.</summary>
    public static string TeachersExcluded(Texts t) => t.Pick(
        "redovisas inte: skolan har lärare som är undantagna från kravet på lärarlegitimation (till exempel "
        + "internationella skolor och waldorfskolor)",
        "not published: the school has teachers exempt from the certification requirement (for example international "
        + "and Waldorf schools)");
}
