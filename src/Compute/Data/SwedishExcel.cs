namespace Site.Compute.Data;

/// <summary>
/// The Excel dialect speaks Swedish: every column's Swedish header, and the Swedish label of every coded value, beside
/// the English codes of the RFC 4180 files (the data dictionary on /data/ lists both). Declared once, by column name: a
/// column means the same in every file that has it.
/// </summary>
public static class SwedishExcel
{
    private static readonly Dictionary<string, string> Headers = new(StringComparer.Ordinal)
    {
        ["actual"] = "faktiskt",
        ["area"] = "område",
        ["b0"] = "b0",
        ["b1_parents_post_secondary"] = "b1_föräldrar_eftergymnasial",
        ["b2_foreign_background"] = "b2_utländsk_bakgrund",
        ["bound_basis"] = "grund_för_gränser",
        ["bound_pupils"] = "elever_för_gränser",
        ["change"] = "förändring",
        ["difference"] = "skillnad",
        ["district"] = "stadsdelsområde",
        ["district_name"] = "stadsdelsområdets_namn",
        ["exceeds_tolerance"] = "utanför_toleransen",
        ["expected"] = "förväntat",
        ["first_year"] = "första_läsår",
        ["foreign_background_pct"] = "andel_utländsk_bakgrund",
        ["from_mean"] = "från_medelvärde",
        ["from_year"] = "från_läsår",
        ["gap"] = "skillnad",
        ["gap_to_city"] = "skillnad_mot_staden",
        ["gap_verdict"] = "bedömning_av_skillnaden",
        ["half_width"] = "halva_intervallbredden",
        ["high_need_mean"] = "medelvärde_störst_behov",
        ["high_need_n_schools"] = "skolor_störst_behov",
        ["illustrative"] = "illustrativt",
        ["indicator"] = "uppgift",
        ["intercept"] = "skärningspunkt",
        ["key"] = "samband",
        ["report"] = "rapport",
        ["period"] = "period",
        ["median"] = "median",
        ["lower_quartile"] = "nedre_kvartil",
        ["upper_quartile"] = "övre_kvartil",
        ["n_below"] = "antal_lägre",
        ["n_above"] = "antal_högre",
        ["n_municipalities"] = "antal_kommuner",
        ["correlation"] = "korrelation",
        ["interval_high"] = "intervall_övre",
        ["interval_low"] = "intervall_nedre",
        ["label"] = "bedömning",
        ["last_year"] = "sista_läsår",
        ["level"] = "nivå",
        ["low_need_mean"] = "medelvärde_minst_behov",
        ["low_need_n_schools"] = "skolor_minst_behov",
        ["lower_quartile_index"] = "nedre_kvartil_index",
        ["mean_high"] = "medelvärde_övre",
        ["mean_low"] = "medelvärde_nedre",
        ["mean_sek_per_pupil"] = "medel_kr_per_elev",
        ["mean_socioeconomic_index"] = "medel_behovsindex",
        ["mean_value"] = "medelvärde",
        ["measure"] = "mått",
        ["method"] = "metod",
        ["municipality_code"] = "kommunkod",
        ["municipality_name"] = "kommun",
        ["n_pupils"] = "antal_elever",
        ["n_pupils_total"] = "antal_elever_totalt",
        ["n_schools"] = "antal_skolor",
        ["n_schools_total"] = "antal_skolor_totalt",
        ["n_years"] = "antal_läsår",
        ["name"] = "namn",
        ["need_index"] = "behovsindex",
        ["official_pupils"] = "skolverkets_elever",
        ["official_status"] = "skolverkets_status",
        ["official_value"] = "skolverkets_värde",
        ["organizer"] = "huvudman",
        ["parents_post_secondary_pct"] = "andel_föräldrar_eftergymnasial",
        ["publication"] = "publicering",
        ["rank"] = "ordning",
        ["similar_school_code"] = "lik_skolas_kod",
        ["distance"] = "avstånd",
        ["pupils"] = "elever",
        ["pupils_grades_1_9"] = "elever_åk_1_9",
        ["quantity"] = "storhet",
        ["r_squared"] = "r2",
        ["recomputed"] = "vår_beräkning",
        ["recomputed_high"] = "vår_beräkning_övre",
        ["recomputed_low"] = "vår_beräkning_nedre",
        ["recomputed_pupils"] = "vår_beräkning_elever",
        ["residual"] = "residual",
        ["residual_sd"] = "residualernas_standardavvikelse",
        ["school_code"] = "skolenhetskod",
        ["school_name"] = "skola",
        ["school_year"] = "läsår",
        ["sek_per_pupil"] = "kr_per_elev",
        ["slope"] = "lutning",
        ["slope_per_index_point"] = "lutning_per_indexenhet",
        ["slope_low"] = "lutning_nedre",
        ["slope_high"] = "lutning_övre",
        ["socioeconomic_index"] = "behovsindex",
        ["standard_error"] = "standardfel",
        ["status"] = "status",
        ["successor_code"] = "efterträdarens_kod",
        ["t_critical"] = "t_kritiskt",
        ["to_mean"] = "till_medelvärde",
        ["to_year"] = "till_läsår",
        ["total_sek"] = "totalt_kr",
        ["upper_quartile_index"] = "övre_kvartil_index",
        ["value"] = "värde",
        ["value_high"] = "värde_övre",
        ["value_low"] = "värde_nedre",
        ["variance_factor"] = "variansfaktor",
        ["verdict"] = "trend",
    };

    private static readonly Dictionary<string, string> Organizers = new(StringComparer.Ordinal)
    {
        ["all"] = "alla",
        ["municipal"] = "kommunal",
        ["independent"] = "fristående",
    };

    private static readonly Dictionary<string, string> Measures = new(StringComparer.Ordinal)
    {
        ["merit_value"] = "meritvärde",
        ["all_subjects_passed_pct"] = "andel_klarat_alla_ämnen",
        ["eligible_vocational_pct"] = "andel_behöriga_yrkesprogram",
        ["pupils_per_teacher"] = "elever_per_lärare",
        ["certified_teachers_pct"] = "andel_legitimerade_behöriga_lärare",
        ["special_educators_pct"] = "specialpedagoger_per_100_lärartjänster",
        ["special_teacher_positions"] = "speciallärare_heltidstjänster",
        ["test_swedish"] = "nationellt_prov_svenska",
        ["test_swedish_second_language"] = "nationellt_prov_svenska_som_andraspråk",
        ["test_english"] = "nationellt_prov_engelska",
        ["test_maths"] = "nationellt_prov_matematik",
        ["eligible_aesthetic_pct"] = "andel_behöriga_estetiska",
        ["eligible_social_pct"] = "andel_behöriga_ek_hu_sa",
        ["eligible_science_tech_pct"] = "andel_behöriga_na_te",
    };

    private static readonly Dictionary<string, string> Statuses = new(StringComparer.Ordinal)
    {
        ["ok"] = "redovisat",
        ["suppressed"] = "för_få_elever",
        ["missing"] = "saknas",
        ["rounded_100"] = "nära_100",
        ["teachers_excluded"] = "lärare_undantagna",
    };

    private static readonly Dictionary<string, string> Booleans = new(StringComparer.Ordinal)
    {
        ["true"] = "ja",
        ["false"] = "nej",
    };

    private static readonly Dictionary<string, Dictionary<string, string>> Labels = new(StringComparer.Ordinal)
    {
        ["level"] = new(StringComparer.Ordinal)
        {
            ["city"] = "staden",
            ["district"] = "stadsdelsområde",
            ["school"] = "skola",
        },
        ["area"] = new(StringComparer.Ordinal) { ["city"] = "staden" },
        ["organizer"] = Organizers,
        ["measure"] = Measures,
        ["indicator"] = new(Measures, StringComparer.Ordinal)
        {
            ["merit_value_16"] = "meritvärde_16_ämnen",
            ["pupils"] = "elever",
            ["girls_pct"] = "andel_flickor",
            ["boys_pct"] = "andel_pojkar",
            ["foreign_background_pct"] = "andel_utländsk_bakgrund",
            ["parents_post_secondary_pct"] = "andel_föräldrar_eftergymnasial",
        },
        ["status"] = Statuses,
        ["official_status"] = Statuses,
        ["method"] = new(StringComparer.Ordinal) { ["unweighted"] = "oviktat", ["pupil_weighted"] = "elevviktat" },
        ["quantity"] = new(StringComparer.Ordinal)
        {
            ["value"] = "värde",
            ["gap_to_city"] = "skillnad_mot_staden",
            ["socioeconomic_gap"] = "socioekonomisk_skillnad",
        },
        ["verdict"] = new(StringComparer.Ordinal)
        {
            ["increasing"] = "ökar",
            ["decreasing"] = "minskar",
            ["no_clear_change"] = "ingen_tydlig_trend",
            ["too_few_years"] = "för_få_läsår",
        },
        ["gap_verdict"] = new(StringComparer.Ordinal)
        {
            ["narrowing"] = "skillnaden_minskar",
            ["widening"] = "skillnaden_ökar",
            ["no_clear_change"] = "ingen_tydlig_förändring",
            ["too_few_years"] = "för_få_läsår",
        },
        ["label"] = new(StringComparer.Ordinal)
        {
            ["clearly_above"] = "klart_över",
            ["clearly_below"] = "klart_under",
            ["within_expected"] = "kan_inte_skiljas_från_förväntat",
        },
        ["bound_basis"] = new(StringComparer.Ordinal)
        {
            ["count"] = "antal",
            ["nearest_year_count"] = "antal_närmaste_läsår",
            ["median_count"] = "medianantal",
            ["smallest_published_group"] = "minsta_redovisade_grupp",
        },
        ["illustrative"] = Booleans,
        ["exceeds_tolerance"] = Booleans,
    };

    /// <summary>The column's header in the Excel file.</summary>
    public static string Header(DataColumn column) =>
        Headers.TryGetValue(column.Name, out var header)
            ? header
            : throw new InvalidOperationException(
                $"No Swedish header for the column {column.Name}; add it to SwedishExcel.");

    /// <summary>The coded values of a column and their Swedish labels, or none for a column without codes.</summary>
    public static IReadOnlyDictionary<string, string> CodesOf(DataColumn column) =>
        Labels.TryGetValue(column.Name, out var labels)
            ? labels
            : System.Collections.ObjectModel.ReadOnlyDictionary<string, string>.Empty;

    /// <summary>A cell as the Excel file writes it: a code's Swedish label; any other value (numbers, names, slugs) as
    /// it is.</summary>
    public static string Cell(DataColumn column, string value) => Cell(CodesOf(column), value);

    /// <summary>A cell as the Excel file writes it, its column's codes (<see cref="CodesOf"/>) found already.</summary>
    public static string Cell(IReadOnlyDictionary<string, string> codes, string value) =>
        value.Length > 0 && codes.TryGetValue(value, out var label) ? label : value;
}
