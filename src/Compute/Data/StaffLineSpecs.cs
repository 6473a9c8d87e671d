using Site.Compute.Analysis.Staff;
using Site.Model;
using static Site.Compute.Data.SharedColumns;

namespace Site.Compute.Data;

/// <summary>The trends of the high- vs low-need differences, and the lines between two measures across the
/// schools.</summary>
public static class StaffLineSpecs
{
    private static DataColumn Slope(string swedish, string english) => new("slope", "number", swedish, english);

    public static readonly TableOf<MetricGapTrend> Trends = new(
        "staff_trends", ("Trender för skillnaden efter behov", "Trends of the difference by need"),
        (
            "Lutning per läsår för gap i staff_by_need.csv, med standardfel och 95-procentigt intervall (från de "
            + "publicerade, avrundade talen), som trends.csv.",
            "The slope per school year of gap in staff_by_need.csv, with its standard error and 95 % interval (from "
            + "the published, rounded figures), as trends.csv."),
        [
            StaffSpecs.StaffMeasureColumn.For<MetricGapTrend>(g => SchoolMetricInfo.Of(g.Metric).Code),
            new DataColumn(
                "first_year",
                "string",
                "Första läsåret i serien (för special_teacher_positions tidigast 2024/25: se metoden).",
                "The first school year in the series (for special_teacher_positions 2024/25 at the earliest: see the "
                + "method).")
                .For<MetricGapTrend>(g => g.Trend.First?.Label ?? ""),
            new DataColumn(
                "last_year",
                "string",
                "Sista läsåret.",
                "The last school year.").For<MetricGapTrend>(g => g.Trend.Last?.Label ?? ""),
            new DataColumn(
                "n_years",
                "integer",
                "Läsår med en skillnad.",
                "School years with a difference.").Integer<MetricGapTrend>(g => g.Trend.Points),
            Slope(
                "Skillnadens förändring per läsår (tre decimaler).",
                "The difference's change per school year (three decimals).")
                .Number<MetricGapTrend>(g => g.Trend.Slope, 3),
            new DataColumn(
                "standard_error",
                "number",
                "Lutningens standardfel.",
                "The slope's standard error.").Number<MetricGapTrend>(g => g.Trend.StandardError, 3),
            new DataColumn(
                "t_critical",
                "number",
                "Students t, 97,5:e percentilen, n − 2 frihetsgrader.",
                "Student's t, 97.5th percentile, n − 2 degrees of freedom.")
                .Number<MetricGapTrend>(g => g.Trend.TCritical, 4),
            new DataColumn(
                "slope_low",
                "number",
                "slope − t · standard_error.",
                "slope − t · standard_error.").Number<MetricGapTrend>(g => g.Trend.SlopeLow, 3),
            new DataColumn(
                "slope_high",
                "number",
                "slope + t · standard_error.",
                "slope + t · standard_error.").Number<MetricGapTrend>(g => g.Trend.SlopeHigh, 3),
            new DataColumn(
                "verdict",
                "string",
                "increasing när slope_low > 0, decreasing när slope_high < 0, annars no_clear_change; too_few_years "
                + "under 3 läsår.",
                "increasing when slope_low > 0, decreasing when slope_high < 0, otherwise no_clear_change; "
                + "too_few_years under 3 school years.")
                .For<MetricGapTrend>(g => Codes.Verdict(g.Trend.Verdict)),
            new DataColumn(
                "gap_verdict",
                "string",
                "narrowing eller widening när skillnaden tydligt rör sig mot eller från noll.",
                "narrowing or widening when the difference clearly moves toward or away from zero.")
                .For<MetricGapTrend>(g => Codes.GapVerdict(g.GapVerdict)),
        ],
        ["measure"]);

    public static readonly TableOf<Association> Lines = new(
        "staff_lines", ("Samband mellan behov, lärare och resultat", "Associations of need, teachers and results"),
        (
            "Rät linje y = intercept + slope · x över skolorna ett läsår: need_index~pupils_per_teacher (x "
            + "behovsindex, y elever per lärare) , merit_residual~<mått> (x lärarmåttet, y meritvärdets residual i "
            + "expected.csv) och, med flera kommuner, need_index~total_per_pupil (x kommunens behovsindex av "
            + "Skolverkets andelar i official.csv, y kostnad per elev) och total_per_pupil_ksek~merit_value (x kostnad "
            + "per elev i tusental kr). Ett samband mellan skolor, inte en effekt.",
            "A straight line y = intercept + slope · x across the schools of one school year: "
            + "need_index~pupils_per_teacher (x need index, y pupils per teacher) , merit_residual~<measure> (x the "
            + "teacher measure, y the merit value's residual in expected.csv) and, with several municipalities, "
            + "need_index~total_per_pupil (x the municipality's need index from Skolverket's shares in official.csv, y "
            + "cost per pupil) and total_per_pupil_ksek~merit_value (x cost per pupil in thousand SEK). An association "
            + "between schools, not an effect."),
        [
            new DataColumn("key", "string", "x~y.", "x~y.").For<Association>(a => a.Key),
            SchoolYearColumn.For<Association>(a => a.Year.Label),
            new DataColumn(
                "n_schools",
                "integer",
                "Skolor med båda talen.",
                "Schools with both numbers.").Integer<Association>(a => a.Points),
            new DataColumn(
                "intercept",
                "number",
                "Linjens värde vid x = 0 (tre decimaler).",
                "The line's value at x = 0 (three decimals).").Number<Association>(a => a.Intercept, 3),
            Slope(
                "Linjens lutning per enhet av x (tre decimaler).",
                "The line's slope per unit of x (three decimals).").Number<Association>(a => a.Slope, 3),
            new DataColumn(
                "standard_error",
                "number",
                "Lutningens standardfel.",
                "The slope's standard error.").Number<Association>(a => a.StandardError, 3),
            new DataColumn(
                "t_critical",
                "number",
                "Students t, n − 2 frihetsgrader.",
                "Student's t, n − 2 degrees of freedom.").Number<Association>(a => a.TCritical, 4),
            new DataColumn(
                "slope_low",
                "number",
                "slope − t · standard_error.",
                "slope − t · standard_error.").Number<Association>(a => a.SlopeLow, 3),
            new DataColumn(
                "slope_high",
                "number",
                "slope + t · standard_error.",
                "slope + t · standard_error.").Number<Association>(a => a.SlopeHigh, 3),
            new DataColumn(
                "correlation",
                "number",
                "Pearsons r.",
                "Pearson's r.").Number<Association>(a => a.Correlation, 3),
            new DataColumn(
                "verdict",
                "string",
                "increasing (positivt samband) när slope_low > 0, decreasing (negativt) när slope_high < 0, annars "
                + "no_clear_change; too_few_years: färre än 10 skolor.",
                "increasing (positive association) when slope_low > 0, decreasing (negative) when slope_high < 0, "
                + "otherwise no_clear_change; too_few_years: fewer than 10 schools.")
                .For<Association>(a => Codes.Verdict(a.Verdict)),
        ],
        ["key", "school_year"]);
}
