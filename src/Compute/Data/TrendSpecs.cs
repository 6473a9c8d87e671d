using Site.Compute.Analysis;
using Site.Model;

namespace Site.Compute.Data;

/// <summary>The published trends and year-on-year changes, each column with its accessor (<see cref="DataSpecs"/> lists
/// every table).</summary>
public static class TrendSpecs
{
    public static readonly TableOf<SeriesTrend> Trends = new(
        "trends", ("Trender", "Trends"),
        (
            "Lutning per läsår med standardfel och 95-procentigt intervall för varje publicerad serie.",
            "The slope per school year with its standard error and 95 % interval for every published series."),
        [
            new DataColumn(
                Name: "level",
                Type: "string",
                Swedish: "city, district eller school.",
                English: "city, district or school.")
            .For<SeriesTrend>(s => Codes.Level(s.Level)),
            new DataColumn(
                Name: "area",
                Type: "string",
                Swedish: "city, stadsdelsområdets slug eller skolenhetskoden.",
                English: "city, the district's slug or the school unit code.")
            .For<SeriesTrend>(s => s.Area),
            new DataColumn(
                Name: "organizer",
                Type: "string",
                Swedish: "Huvudman: all, municipal eller independent.",
                English: "Organizer: all, municipal or independent.")
            .For<SeriesTrend>(s => OrganizerSplits.Code(s.Organizer)),
            new DataColumn(
                Name: "measure",
                Type: "string",
                Swedish: "Måttet, som i school_results.csv.",
                English: "The measure, as in school_results.csv.")
            .For<SeriesTrend>(s => MeasureInfo.Of(s.Measure).Code),
            new DataColumn(
                Name: "quantity",
                Type: "string",
                Swedish: "Serien: value (aggregates.value, eller skolans egna värden), gap_to_city "
                    + "(aggregates.gap_to_city) eller socioeconomic_gap (socioeconomic_gap.gap).",
                English: "The series: value (aggregates.value, or the school's own values), gap_to_city "
                    + "(aggregates.gap_to_city) or socioeconomic_gap (socioeconomic_gap.gap).")
            .For<SeriesTrend>(s => Codes.Quantity(s.Quantity)),
            new DataColumn(
                Name: "method",
                Type: "string",
                Swedish: "unweighted: serien är de oviktade medelvärdena alla år (elevantal saknas för tidigare år); "
                    + "tomt för en skola.",
                English: "unweighted: the series is the unweighted means of every year (earlier years have no pupil "
                    + "counts); empty for a school.")
            .For<SeriesTrend>(s => s.Level == AreaLevel.School ? "" : Codes.Method(s.Method)),
            new DataColumn(
                Name: "first_year",
                Type: "string",
                Swedish: "Första läsåret med ett värde.",
                English: "The first school year with a value.")
            .For<SeriesTrend>(s => s.Trend.First?.Label ?? ""),
            new DataColumn(
                Name: "last_year",
                Type: "string",
                Swedish: "Sista läsåret med ett värde.",
                English: "The last school year with a value.")
            .For<SeriesTrend>(s => s.Trend.Last?.Label ?? ""),
            new DataColumn(
                Name: "n_years",
                Type: "integer",
                Swedish: "Läsår med ett värde (n).",
                English: "School years with a value (n).")
            .Integer<SeriesTrend>(s => s.Trend.Points),
            new DataColumn(
                Name: "slope",
                Type: "number",
                Swedish: "Minstakvadratlutningen b = Σ(x − x̄)(y − ȳ) / Σ(x − x̄)², x = läsårets startår.",
                English: "The least-squares slope b = Σ(x − x̄)(y − ȳ) / Σ(x − x̄)², x = the school year's first "
                    + "calendar year.",
                Unit: "per läsår / per school year")
            .Number<SeriesTrend>(s => s.Trend.Slope, Trend.Decimals),
            new DataColumn(
                Name: "standard_error",
                Type: "number",
                Swedish: "SE = √(Σ residual² / (n − 2) / Σ(x − x̄)²); tomt när n < 3.",
                English: "SE = √(Σ residual² / (n − 2) / Σ(x − x̄)²); empty when n < 3.")
            .Number<SeriesTrend>(s => s.Trend.StandardError, Trend.Decimals),
            new DataColumn(
                Name: "t_critical",
                Type: "number",
                Swedish: "Students t för 95 % med n − 2 frihetsgrader.",
                English: "Student's t for 95 % with n − 2 degrees of freedom.")
            .Number<SeriesTrend>(s => s.Trend.TCritical, Trend.TDecimals),
            new DataColumn(
                Name: "interval_low",
                Type: "number",
                Swedish: "slope − t_critical · standard_error, räknat på de publicerade talen.",
                English: "slope − t_critical · standard_error, from the published numbers.")
            .Number<SeriesTrend>(s => s.Trend.SlopeLow, Trend.Decimals),
            new DataColumn(
                Name: "interval_high",
                Type: "number",
                Swedish: "slope + t_critical · standard_error.",
                English: "slope + t_critical · standard_error.")
            .Number<SeriesTrend>(s => s.Trend.SlopeHigh, Trend.Decimals),
            new DataColumn(
                Name: "verdict",
                Type: "string",
                Swedish: "too_few_years när serien har färre än tre läsår med värde (inget intervall), increasing när "
                    + "interval_low > 0, decreasing när interval_high < 0, annars no_clear_change.",
                English: "too_few_years when the series has fewer than three school years with a value (no interval), "
                    + "increasing when interval_low > 0, decreasing when interval_high < 0, otherwise no_clear_change.")
            .For<SeriesTrend>(s => Codes.Verdict(s.Trend.Verdict)),
            new DataColumn(
                Name: "gap_verdict",
                Type: "string",
                Swedish: "För en skillnad: narrowing (rör sig tydligt mot noll), widening, no_clear_change eller "
                    + "too_few_years; tecknet är summan av seriens värden.",
                English: "For a gap: narrowing (clearly moving toward zero), widening, no_clear_change or "
                    + "too_few_years; the sign is that of the sum of the series.")
            .For<SeriesTrend>(s => s.GapVerdict is { } g ? Codes.GapVerdict(g) : ""),
        ],
        ["level", "area", "organizer", "measure", "quantity"]);

    public static readonly TableOf<YearChange> YearChanges = new(
        "year_changes", ("Förändring sedan föregående läsår", "Change since the previous school year"),
        (
            "Förändringen från ett läsår till nästa, räknad på de skolor som har ett värde båda åren.",
            "The change from one school year to the next, on the schools with a value in both years."),
        [
            new DataColumn(
                Name: "level",
                Type: "string",
                Swedish: "city eller district.",
                English: "city or district.")
            .For<YearChange>(c => Codes.Level(c.Level)),
            new DataColumn(
                Name: "area",
                Type: "string",
                Swedish: "city, eller stadsdelsområdets slug.",
                English: "city, or the district's slug.")
            .For<YearChange>(c => c.Area.Slug),
            new DataColumn(
                Name: "organizer",
                Type: "string",
                Swedish: "Huvudman: all, municipal eller independent.",
                English: "Organizer: all, municipal or independent.")
            .For<YearChange>(c => OrganizerSplits.Code(c.Organizer)),
            new DataColumn(
                Name: "measure",
                Type: "string",
                Swedish: "Måttet, som i school_results.csv.",
                English: "The measure, as in school_results.csv.")
            .For<YearChange>(c => MeasureInfo.Of(c.Measure).Code),
            new DataColumn(
                Name: "from_year",
                Type: "string",
                Swedish: "Det tidigare läsåret.",
                English: "The earlier school year.")
            .For<YearChange>(c => c.From.Label),
            new DataColumn(
                Name: "to_year",
                Type: "string",
                Swedish: "Det senare läsåret.",
                English: "The later school year.")
            .For<YearChange>(c => c.To.Label),
            new DataColumn(
                Name: "method",
                Type: "string",
                Swedish: "pupil_weighted bara när båda åren har elevantal för alla skolorna, annars unweighted.",
                English: "pupil_weighted only when both years have pupil counts for all the schools, otherwise "
                    + "unweighted.")
            .For<YearChange>(c => Codes.Method(c.Method)),
            new DataColumn(
                Name: "n_schools",
                Type: "integer",
                Swedish: "Skolor med ett värde (eller ~100) båda åren: de enda som ingår.",
                English: "Schools with a value (or ~100) in both years: the only ones included.")
            .Integer<YearChange>(c => c.Schools),
            new DataColumn(
                Name: "from_mean",
                Type: "number",
                Swedish: "Deras medelvärde av school_results.mean_value det tidigare året, avrundat till en decimal.",
                English: "Their mean of school_results.mean_value in the earlier year, rounded to one decimal.")
            .Number<YearChange>(c => c.FromMean, AreaMean.Decimals),
            new DataColumn(
                Name: "to_mean",
                Type: "number",
                Swedish: "Deras medelvärde det senare året.",
                English: "Their mean in the later year.")
            .Number<YearChange>(c => c.ToMean, AreaMean.Decimals),
            new DataColumn(
                Name: "change",
                Type: "number",
                Swedish: "to_mean − from_mean.",
                English: "to_mean − from_mean.")
            .Number<YearChange>(c => c.Change, AreaMean.Decimals),
        ],
        ["level", "area", "organizer", "measure", "to_year"]);
}
