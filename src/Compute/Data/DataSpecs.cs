namespace Site.Compute.Data;

/// <summary>The schemas of every file under /data/.</summary>
public static class DataSpecs
{
    private static DataColumn SchoolCode => new("school_code", "string", "Skolenhetskod (8 siffror) i Skolverkets skolenhetsregister.", "School unit code (8 digits) in Skolverket's register.");

    private static DataColumn SchoolYear => new("school_year", "string", "Läsår, t.ex. 2024/25.", "School year, e.g. 2024/25.");

    private static DataColumn Measure => new("measure", "string", "Måttet: merit_value (meritvärde, 17 ämnen), all_subjects_passed_pct (andel som klarat alla ämnen) eller eligible_vocational_pct (andel behöriga till yrkesprogram).", "The measure: merit_value (17 subjects), all_subjects_passed_pct (share passing all subjects) or eligible_vocational_pct (share eligible for vocational programmes).");

    private static DataColumn Organizer => new("organizer", "string", "Huvudman: all, municipal (kommunal) eller independent (fristående).", "Organizer: all, municipal or independent.");

    private static DataColumn Method => new("method", "string", "Medelvärdets metod: unweighted (varje skola väger lika; varje läsår har det) eller pupil_weighted (viktat med elever i årskurs 9; läsår där alla skolor har elevantal).", "How the mean is computed: unweighted (each school once; every school year has it) or pupil_weighted (weighted by grade 9 pupils; school years in which every school has a pupil count).");

    private static DataColumn Illustrative => new("illustrative", "boolean", "true när beloppen är illustrativa och inte stadens verkliga anslag.", "true when the amounts are illustrative, not the city's real allocation.");

    public static readonly DataTableSpec Schools = new(
        "schools", "Skolor", "Schools",
        "Skolenhetsregistret för de publicerade skolorna, med stadsdelsområde.", "The register of the published schools, with their district.",
        [
            SchoolCode,
            new("name", "string", "Skolenhetens namn.", "The school unit's name."),
            new("municipality_code", "string", "Kommunkod (4 siffror), 0180 = Stockholm.", "Municipality code (4 digits), 0180 = Stockholm."),
            new("organizer", "string", "municipal (kommunal) eller independent (fristående).", "municipal or independent."),
            new("district", "string", "Stadsdelsområdets slug (som i sidornas adresser); tomt om okänt.", "The district's slug (as in the page addresses); empty if unknown."),
            new("district_name", "string", "Stadsdelsområdets namn.", "The district's name."),
            new("successor_code", "string", "Skolenhetskoden för den skola som ersatt denna, om någon.", "The school unit code of the school that replaced this one, if any."),
        ],
        ["school_code"]);

    public static readonly DataTableSpec SchoolResults = new(
        "school_results", "Skolornas resultat", "School results",
        "Varje skolas värde per läsår och mått, som Skolverket publicerat det.", "Every school's value by school year and measure, as Skolverket published it.",
        [
            SchoolCode,
            new("school_name", "string", "Skolenhetens namn.", "The school unit's name."),
            new("district", "string", "Stadsdelsområdets slug.", "The district's slug."),
            new("organizer", "string", "municipal eller independent.", "municipal or independent."),
            SchoolYear,
            Measure,
            new("status", "string", "ok (ett tal i value), suppressed (Skolverkets .., färre än 10 elever), missing (., uppgift saknas) eller rounded_100 (~100, nära 100 procent).", "ok (a number in value), suppressed (Skolverket's .., fewer than 10 pupils), missing (., no data) or rounded_100 (~100, close to 100 per cent)."),
            new("value", "number", "Värdet när status är ok; annars tomt.", "The value when status is ok; otherwise empty.", "poäng eller procent / points or per cent"),
            new("pupils", "integer", "Elever i årskurs 9 enligt Skolverkets exportfil; tomt när det inte redovisas.", "Grade 9 pupils according to Skolverket's export; empty when not published."),
            new("mean_value", "number", "Det tal som raden bidrar med till medelvärdena: value när status är ok; för ~100 mittpunkten 100·(N−2,5)/N (N = bound_pupils); tomt för .. och .", "What the row puts into the means: value when status is ok; for ~100 the centre 100·(N−2.5)/N (N = bound_pupils); empty for .. and .", "poäng eller procent / points or per cent"),
            new("mean_low", "number", "Nedre gränsen: value, eller för ~100 100·(N−4)/N avrundat nedåt (4 elever saknar behörighet).", "Lower bound: value, or for ~100 100·(N−4)/N rounded down (4 pupils lacking).", "poäng eller procent / points or per cent"),
            new("mean_high", "number", "Övre gränsen: value, eller för ~100 100·(N−1)/N avrundat uppåt (1 elev saknar behörighet).", "Upper bound: value, or for ~100 100·(N−1)/N rounded up (1 pupil lacking).", "poäng eller procent / points or per cent"),
            new("bound_pupils", "integer", "För ~100: elevantalet N som gränserna räknas från.", "For ~100: the pupil count N the bounds are computed from."),
            new("bound_basis", "string", "Var N kommer ifrån: count (skolans antal samma läsår), nearest_year_count (skolans antal närmaste läsår med antal), median_count (medianen av alla skolors antal) eller smallest_published_group (10).", "Where N comes from: count (the school's count that year), nearest_year_count (the school's count in the nearest year with one), median_count (the median of all schools' counts) or smallest_published_group (10)."),
        ],
        ["school_code", "school_year", "measure"],
        ReferencesSchools: true);

    public static readonly DataTableSpec SchoolBackground = new(
        "school_background", "Elevernas bakgrund", "Pupil background",
        "Andelar per skola ur Skolverkets Antal elever per årskurs, och behovsindex.", "Shares per school from Skolverket's pupils per grade, and the need index.",
        [
            SchoolCode,
            SchoolYear,
            new("parents_post_secondary_pct", "number", "Andel elever (åk 1–9) med föräldrar med eftergymnasial utbildning.", "Share of pupils (grades 1–9) whose parents have post-secondary education.", "procent / per cent"),
            new("foreign_background_pct", "number", "Andel elever (åk 1–9) med utländsk bakgrund.", "Share of pupils (grades 1–9) with foreign background.", "procent / per cent"),
            new("need_index", "number", "Behovsindex 0–100: ((100 − parents_post_secondary_pct) + foreign_background_pct) / 2.", "Need index 0–100: ((100 − parents_post_secondary_pct) + foreign_background_pct) / 2."),
            new("pupils_grades_1_9", "integer", "Elever i årskurs 1–9.", "Pupils in grades 1–9."),
        ],
        ["school_code"],
        ReferencesSchools: true,
        MissingValues: ["", "..", ".", "~100"]);

    public static readonly DataTableSpec Aggregates = new(
        "aggregates", "Medelvärden", "Means",
        "Medelvärden för staden och stadsdelsområdena.", "Means for the city and the districts.",
        [
            new("level", "string", "city eller district.", "city or district."),
            new("area", "string", "city, eller stadsdelsområdets slug.", "city, or the district's slug."),
            Organizer,
            SchoolYear,
            Measure,
            Method,
            new("value", "number", "Medelvärdet av school_results.mean_value, avrundat en gång till en decimal; tomt när ingen skola har ett värde.", "The mean of school_results.mean_value, rounded once to one decimal; empty when no school has a value."),
            new("value_low", "number", "Samma medelvärde av mean_low: den lägsta möjliga när ~100-värden ingår.", "The same mean of mean_low: the lowest possible when ~100 values are included."),
            new("value_high", "number", "Samma medelvärde av mean_high: den högsta möjliga.", "The same mean of mean_high: the highest possible."),
            new("n_schools", "integer", "Skolor med ett värde (eller ~100), som ingår i medelvärdet.", "Schools with a value (or ~100), included in the mean."),
            new("n_schools_total", "integer", "Alla skolor i området med en rad för läsåret och måttet.", "All schools in the area with a row for the school year and measure."),
            new("n_pupils", "integer", "Elever i årskurs 9 i de skolor som ingår, när elevantal finns.", "Grade 9 pupils in the included schools, when pupil numbers exist."),
            new("n_pupils_total", "integer", "Elever i årskurs 9 i alla skolor med en rad, när elevantal finns.", "Grade 9 pupils in all schools with a row, when pupil numbers exist."),
            new("gap_to_city", "number", "value minus stadens value (samma huvudman, läsår, mått och metod).", "value minus the city's value (same organizer, school year, measure and method)."),
        ],
        ["level", "area", "organizer", "school_year", "measure", "method"]);

    public static readonly DataTableSpec SocioeconomicGap = new(
        "socioeconomic_gap", "Socioekonomisk skillnad", "Socioeconomic gap",
        "Medelvärdet för skolorna med störst behov minus skolorna med minst behov.", "The mean of the schools with the greatest need minus those with the least.",
        [
            Organizer,
            SchoolYear,
            Measure,
            new("lower_quartile_index", "number", "Nedre kvartilen av behovsindex.", "The need index's lower quartile."),
            new("upper_quartile_index", "number", "Övre kvartilen av behovsindex.", "The need index's upper quartile."),
            Method,
            new("high_need_mean", "number", "Medelvärdet för skolorna med index på eller över övre kvartilen.", "Mean of the schools with an index at or above the upper quartile."),
            new("high_need_n_schools", "integer", "Skolor i det medelvärdet.", "Schools in that mean."),
            new("low_need_mean", "number", "Medelvärdet för skolorna med index på eller under nedre kvartilen.", "Mean of the schools with an index at or below the lower quartile."),
            new("low_need_n_schools", "integer", "Skolor i det medelvärdet.", "Schools in that mean."),
            new("gap", "number", "high_need_mean − low_need_mean.", "high_need_mean − low_need_mean."),
        ],
        ["organizer", "school_year", "measure", "method"]);

    public static readonly DataTableSpec Expected = new(
        "expected", "Faktiskt och förväntat", "Actual and expected",
        "Faktiskt värde jämfört med vad elevernas bakgrund förutsäger.", "Actual values compared with what the pupils' background predicts.",
        [
            SchoolCode,
            SchoolYear,
            Measure,
            new("actual", "number", "Skolans redovisade värde.", "The school's published value."),
            Method,
            new("pupils", "integer", "Skolans elever i årskurs 9: dess vikt när regressionen är elevviktad.", "The school's grade 9 pupils: its weight when the regression is pupil-weighted."),
            new("expected", "number", "Värdet enligt regressionen på bakgrundsandelarna (expected_models.csv), avrundat till en decimal.", "The value from the regression on the background shares (expected_models.csv), rounded to one decimal."),
            new("residual", "number", "actual − expected.", "actual − expected."),
            new("variance_factor", "number", "v = 1 − 2w·xᵀAx + xᵀABAx: residualens varians delad med σ² (1 − h för en oviktad regression, h = skolans hävstång).", "v = 1 − 2w·xᵀAx + xᵀABAx: the residual's variance over σ² (1 − h for an unweighted regression, h = the school's leverage)."),
            new("half_width", "number", "Halva bredden av residualens 95-procentiga intervall: t_critical · residual_sd · √variance_factor (expected_models.csv), avrundad till en decimal.", "Half the width of the residual's 95 % interval: t_critical · residual_sd · √variance_factor (expected_models.csv), rounded to one decimal."),
            new("interval_low", "number", "residual − half_width.", "residual − half_width."),
            new("interval_high", "number", "residual + half_width.", "residual + half_width."),
            new("label", "string", "clearly_above (interval_low > 0), clearly_below (interval_high < 0) eller within_expected.", "clearly_above (interval_low > 0), clearly_below (interval_high < 0) or within_expected."),
        ],
        ["school_code", "school_year", "measure"],
        ReferencesSchools: true);

    public static readonly DataTableSpec Allocation = new(
        "allocation", "Tilläggsanslag per skola", "Allocation per school",
        "Socioekonomiskt tilläggsanslag per skola och läsår.", "Socioeconomic allocation per school and school year.",
        [
            SchoolCode,
            SchoolYear,
            new("socioeconomic_index", "number", "Behovsindex som anslaget bygger på.", "The need index the allocation is based on."),
            new("sek_per_pupil", "number", "Anslag per elev.", "Allocation per pupil.", "kronor / SEK"),
            new("pupils", "integer", "Elever som anslaget gäller.", "Pupils the allocation is for."),
            Illustrative,
        ],
        ["school_code", "school_year"],
        ReferencesSchools: true);

    public static readonly DataTableSpec Funding = new(
        "funding", "Tilläggsanslag per område", "Allocation per area",
        "Tilläggsanslaget per område och läsår.", "The allocation per area and school year.",
        [
            new("area", "string", "city, eller stadsdelsområdets slug.", "city, or the district's slug."),
            SchoolYear,
            new("n_schools", "integer", "Skolor med anslag.", "Schools with an allocation."),
            new("mean_sek_per_pupil", "number", "Medelvärdet av anslaget per elev.", "Mean allocation per pupil.", "kronor / SEK"),
            Method,
            new("pupils", "integer", "Elever i skolorna med anslag.", "Pupils in the schools with an allocation."),
            new("total_sek", "number", "Totalt anslag.", "Total allocation.", "kronor / SEK"),
            new("mean_socioeconomic_index", "number", "Elevviktat behovsindex.", "Pupil-weighted need index."),
            Illustrative,
        ],
        ["area", "school_year"]);

    public static IReadOnlyList<DataTableSpec> All { get; } = [Schools, SchoolResults, SchoolBackground, Aggregates, SocioeconomicGap, TrendSpecs.Trends, TrendSpecs.YearChanges, OfficialSpecs.Official, OfficialSpecs.Reconciliation, Expected, TrendSpecs.ExpectedModels, Allocation, Funding];
}
