namespace Site.Compute.Data;

/// <summary>The schemas of the published trends, year-on-year changes and regressions (beside <see cref="DataSpecs"/>, which lists them).</summary>
public static class TrendSpecs
{
    public static readonly DataTableSpec Trends = new(
        "trends", "Trender", "Trends",
        "Lutning per läsår med standardfel och 95-procentigt intervall för varje publicerad serie.", "The slope per school year with its standard error and 95 % interval for every published series.",
        [
            new("level", "string", "city, district eller school.", "city, district or school."),
            new("area", "string", "city, stadsdelsområdets slug eller skolenhetskoden.", "city, the district's slug or the school unit code."),
            new("organizer", "string", "Huvudman: all, municipal eller independent.", "Organizer: all, municipal or independent."),
            new("measure", "string", "Måttet, som i school_results.csv.", "The measure, as in school_results.csv."),
            new("quantity", "string", "Serien: value (aggregates.value, eller skolans egna värden), gap_to_city (aggregates.gap_to_city) eller socioeconomic_gap (socioeconomic_gap.gap).", "The series: value (aggregates.value, or the school's own values), gap_to_city (aggregates.gap_to_city) or socioeconomic_gap (socioeconomic_gap.gap)."),
            new("method", "string", "unweighted: serien är de oviktade medelvärdena alla år (elevantal saknas för tidigare år); tomt för en skola.", "unweighted: the series is the unweighted means of every year (earlier years have no pupil counts); empty for a school."),
            new("first_year", "string", "Första läsåret med ett värde.", "The first school year with a value."),
            new("last_year", "string", "Sista läsåret med ett värde.", "The last school year with a value."),
            new("n_years", "integer", "Läsår med ett värde (n).", "School years with a value (n)."),
            new("slope", "number", "Minstakvadratlutningen b = Σ(x − x̄)(y − ȳ) / Σ(x − x̄)², x = läsårets startår.", "The least-squares slope b = Σ(x − x̄)(y − ȳ) / Σ(x − x̄)², x = the school year's first calendar year.", "per läsår / per school year"),
            new("standard_error", "number", "SE = √(Σ residual² / (n − 2) / Σ(x − x̄)²); tomt när n < 3.", "SE = √(Σ residual² / (n − 2) / Σ(x − x̄)²); empty when n < 3."),
            new("t_critical", "number", "Students t för 95 % med n − 2 frihetsgrader.", "Student's t for 95 % with n − 2 degrees of freedom."),
            new("interval_low", "number", "slope − t_critical · standard_error, räknat på de publicerade talen.", "slope − t_critical · standard_error, from the published numbers."),
            new("interval_high", "number", "slope + t_critical · standard_error.", "slope + t_critical · standard_error."),
            new("verdict", "string", "increasing när interval_low > 0, decreasing när interval_high < 0, annars no_clear_change.", "increasing when interval_low > 0, decreasing when interval_high < 0, otherwise no_clear_change."),
            new("gap_verdict", "string", "För en skillnad: narrowing (rör sig tydligt mot noll), widening eller no_clear_change; tecknet är summan av seriens värden.", "For a gap: narrowing (clearly moving toward zero), widening or no_clear_change; the sign is that of the sum of the series."),
        ],
        ["level", "area", "organizer", "measure", "quantity"]);

    public static readonly DataTableSpec YearChanges = new(
        "year_changes", "Förändring sedan föregående läsår", "Change since the previous school year",
        "Förändringen från ett läsår till nästa, räknad på de skolor som har ett värde båda åren.", "The change from one school year to the next, on the schools with a value in both years.",
        [
            new("level", "string", "city eller district.", "city or district."),
            new("area", "string", "city, eller stadsdelsområdets slug.", "city, or the district's slug."),
            new("organizer", "string", "Huvudman: all, municipal eller independent.", "Organizer: all, municipal or independent."),
            new("measure", "string", "Måttet, som i school_results.csv.", "The measure, as in school_results.csv."),
            new("from_year", "string", "Det tidigare läsåret.", "The earlier school year."),
            new("to_year", "string", "Det senare läsåret.", "The later school year."),
            new("method", "string", "pupil_weighted bara när båda åren har elevantal för alla skolorna, annars unweighted.", "pupil_weighted only when both years have pupil counts for all the schools, otherwise unweighted."),
            new("n_schools", "integer", "Skolor med ett värde (eller ~100) båda åren: de enda som ingår.", "Schools with a value (or ~100) in both years: the only ones included."),
            new("from_mean", "number", "Deras medelvärde av school_results.mean_value det tidigare året, avrundat till en decimal.", "Their mean of school_results.mean_value in the earlier year, rounded to one decimal."),
            new("to_mean", "number", "Deras medelvärde det senare året.", "Their mean in the later year."),
            new("change", "number", "to_mean − from_mean.", "to_mean − from_mean."),
        ],
        ["level", "area", "organizer", "measure", "to_year"]);

    public static readonly DataTableSpec ExpectedModels = new(
        "expected_models", "Regressionerna bakom förväntat värde", "The regressions behind the expected values",
        "Koefficienter och anpassning för varje läsårs och måtts regression på elevernas bakgrund.", "Coefficients and fit of every school year's and measure's regression on the pupils' background.",
        [
            new("school_year", "string", "Läsår.", "School year."),
            new("measure", "string", "Måttet.", "The measure."),
            new("method", "string", "pupil_weighted (varje elev väger lika i linjen) eller unweighted (varje skola väger lika).", "pupil_weighted (every pupil counts once in the line) or unweighted (every school once)."),
            new("n_schools", "integer", "Skolor i regressionen (n).", "Schools in the regression (n)."),
            new("b0", "number", "Konstanten.", "The intercept."),
            new("b1_parents_post_secondary", "number", "Koefficienten för andelen elever med föräldrar med eftergymnasial utbildning, per procentenhet.", "The coefficient of the share of pupils whose parents have post-secondary education, per percentage point."),
            new("b2_foreign_background", "number", "Koefficienten för andelen elever med utländsk bakgrund, per procentenhet.", "The coefficient of the share of pupils with foreign background, per percentage point."),
            new("residual_sd", "number", "s, residualernas standardavvikelse.", "s, the residual standard deviation."),
            new("r_squared", "number", "R², den (viktade) andel av variationen som modellen förklarar.", "R², the (weighted) share of the variation the model explains."),
            new("t_critical", "number", "Students t för 95 % med n − 3 frihetsgrader.", "Student's t for 95 % with n − 3 degrees of freedom."),
        ],
        ["school_year", "measure"]);
}
