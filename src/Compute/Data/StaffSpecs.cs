using Site.Compute.Analysis.Staff;
using Site.Model;
using static Site.Compute.Data.SharedColumns;

namespace Site.Compute.Data;

/// <summary>The published teacher, national-test and eligibility figures: each school's values, and the means by area
/// and need.</summary>
public static class StaffSpecs
{
    /// <summary>Every staff measure's code with its unit, as the data dictionary states it.</summary>
    private const string Units =
        "pupils_per_teacher: elever per lärare omräknat till heltidstjänster / pupils per full-time teacher post; " +
        "certified_teachers_pct, eligible_*_pct: procent / per cent; special_educators_pct: heltidstjänster "
        + "specialpedagoger per 100 heltidstjänster lärare / special educator posts per 100 teacher posts; " +
        "special_teacher_positions: heltidstjänster / full-time posts; test_*: provbetyg 0–20 / test grade 0–20";

    public static readonly DataColumn StaffMeasureColumn = new(
        "measure", "string",
        "Måttet: pupils_per_teacher (elever per lärare, heltidstjänster), certified_teachers_pct (andel lärare med "
        + "legitimation och behörighet), special_educators_pct (specialpedagoger per 100 lärartjänster), "
        + "special_teacher_positions (speciallärare, heltidstjänster), test_swedish, test_swedish_second_language, "
        + "test_english, test_maths (genomsnittligt provbetyg i årskurs 9, 0–20), eligible_aesthetic_pct, "
        + "eligible_social_pct, eligible_science_tech_pct (andel behöriga till estetiska, "
        + "ekonomi/humanistiska/samhällsvetenskapliga, naturvetenskaps/teknikprogrammen).",
        "The measure: pupils_per_teacher (pupils per teacher, full-time posts), certified_teachers_pct (share of "
        + "teachers certified and qualified), special_educators_pct (special educators per 100 teacher posts), "
        + "special_teacher_positions (special teachers, full-time posts), test_swedish, test_swedish_second_language, "
        + "test_english, test_maths (average grade-9 national test grade, 0–20), eligible_aesthetic_pct, "
        + "eligible_social_pct, eligible_science_tech_pct (share eligible for the arts, business/humanities/social "
        + "science, natural science/technology programmes).");

    public static readonly TableOf<MetricRow> SchoolStaff = new(
        "school_staff_tests", (
            "Lärare, nationella prov och behörighet per skola",
            "Teachers, national tests and eligibility by school"),
        (
            "Skolverkets värden per skola, läsår och mått från API:ts statistics/gr, med status för varje markering. "
            + "Lärarsiffrorna avser läsårets höst.",
            "Skolverket's values by school, school year and measure from the API's statistics/gr, with a status for "
            + "every marker. Teacher figures are for the autumn of the school year."),
        [
            SchoolCodeColumn.For<MetricRow>(r => r.SchoolCode),
            SchoolYearColumn.For<MetricRow>(r => r.Year.Label),
            StaffMeasureColumn.For<MetricRow>(r => SchoolMetricInfo.Of(r.Metric).Code),
            new DataColumn(
                Name: "status",
                Type: "string",
                Swedish: "ok (ett tal i value), suppressed (.., för litet underlag: för lärare från 2024/25 färre än 3 "
                    + "heltidstjänster), missing (., uppgift saknas), rounded_100 (~100) eller teachers_excluded (*, "
                    + "skolan har lärare undantagna från legitimationskravet).",
                English: "ok (a number in value), suppressed (.., too small a basis: for teachers from 2024/25 fewer "
                    + "than 3 full-time posts), missing (., no data), rounded_100 (~100) or teachers_excluded (*, the "
                    + "school has teachers exempt from the certification requirement).")
            .For<MetricRow>(r => ValueStatusCodes.TidyCode(r.Value.Status)),
            new DataColumn(
                Name: "value",
                Type: "number",
                Swedish: "Värdet när status är ok; annars tomt.",
                English: "The value when status is ok; otherwise empty.",
                Unit: Units)
            .Number<MetricRow>(r => r.Value.Number, 1),
        ],
        ["school_code", "school_year", "measure"],
        referencesSchools: true,
        missingValues: [""]);

    public static readonly TableOf<MetricMean> Means = new(
        "staff_means", ("Lärare, prov och behörighet per område", "Teachers, tests and eligibility by area"),
        (
            "Oviktade medelvärden av skolornas värden (varje skola med ett tal räknas en gång) per område, läsår och "
            + "mått, för lärarsiffrorna och de nationella proven (behörigheten har ~100 och medelvärdesbildas inte).",
            "Unweighted means of the schools' values (each school with a number counts once) by area, school year and "
            + "measure, for the teacher figures and the national tests (eligibility has ~100 and is not averaged)."),
        [
            AreaColumn.For<MetricMean>(m => m.Area.Slug),
            SchoolYearColumn.For<MetricMean>(m => m.Year.Label),
            StaffMeasureColumn.For<MetricMean>(m => SchoolMetricInfo.Of(m.Metric).Code),
            new DataColumn(
                "value",
                "number",
                "Medelvärdet, en decimal; tomt när ingen skola har ett tal.",
                "The mean, one decimal; empty when no school has a number.",
                Units)
                .Number<MetricMean>(m => m.Mean.Value, 1),
            new DataColumn("n_schools", "integer", "Skolor med ett tal.", "Schools with a number.")
                .Integer<MetricMean>(m => m.Mean.SchoolsIncluded),
            new DataColumn(
                "n_schools_total",
                "integer",
                "Skolor med en rad (också markeringar).",
                "Schools with a row (markers too).")
                .Integer<MetricMean>(m => m.Mean.SchoolsTotal),
        ],
        ["area", "school_year", "measure"]);

    public static readonly TableOf<MetricNeedGap> ByNeed = new(
        "staff_by_need", ("Lärare, prov och behörighet efter behov", "Teachers, tests and eligibility by need"),
        (
            "Oviktade medelvärden i den fjärdedel av skolorna med högst och lägst behovsindex (samma index och regel "
            + "som socioeconomic_gap.csv), och skillnaden mellan de två publicerade medelvärdena.",
            "Unweighted means in the quarter of schools with the highest and the lowest need index (the index and rule "
            + "of socioeconomic_gap.csv), and the difference of the two published means."),
        [
            SchoolYearColumn.For<MetricNeedGap>(g => g.Year.Label),
            StaffMeasureColumn.For<MetricNeedGap>(g => SchoolMetricInfo.Of(g.Metric).Code),
            new DataColumn(
                "lower_quartile_index",
                "number",
                "Nedre kvartilen av behovsindex bland skolorna med ett tal.",
                "The lower quartile of the need index among the schools with a number.")
                .Number<MetricNeedGap>(g => g.LowerQuartileIndex, 2),
            new DataColumn("upper_quartile_index", "number", "Övre kvartilen.", "The upper quartile.")
                .Number<MetricNeedGap>(g => g.UpperQuartileIndex, 2),
            new DataColumn(
                "high_need_mean",
                "number",
                "Medelvärdet för skolorna med index ≥ övre kvartilen.",
                "The mean of the schools with index ≥ the upper quartile.",
                Units)
                .Number<MetricNeedGap>(g => g.HighNeed.Value, 1),
            new DataColumn(
                "high_need_n_schools",
                "integer",
                "Antal skolor med ett tal i den gruppen.",
                "Schools with a number in that group.")
                .Integer<MetricNeedGap>(g => g.HighNeed.SchoolsIncluded),
            new DataColumn(
                "low_need_mean",
                "number",
                "Medelvärdet för skolorna med index ≤ nedre kvartilen.",
                "The mean of the schools with index ≤ the lower quartile.",
                Units)
                .Number<MetricNeedGap>(g => g.LowNeed.Value, 1),
            new DataColumn(
                "low_need_n_schools",
                "integer",
                "Antal skolor med ett tal i den gruppen.",
                "Schools with a number in that group.")
                .Integer<MetricNeedGap>(g => g.LowNeed.SchoolsIncluded),
            new DataColumn("gap", "number", "high_need_mean − low_need_mean.", "high_need_mean − low_need_mean.", Units)
                .Number<MetricNeedGap>(g => g.Gap, 1),
        ],
        ["school_year", "measure"]);
}
