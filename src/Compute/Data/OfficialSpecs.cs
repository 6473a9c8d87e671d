namespace Site.Compute.Data;

/// <summary>The schemas of Skolverket's official municipality figures and their reconciliation with the site's means.</summary>
public static class OfficialSpecs
{
    public static readonly DataTableSpec Official = new(
        "official", "Skolverkets kommunsiffror", "Skolverket's municipality figures",
        "Skolverkets egna siffror per kommun ur Jämförelse av betygsresultat över tid, oförändrade: resultat, elevantal och elevernas bakgrund.", "Skolverket's own figures per municipality from Jämförelse av betygsresultat över tid, unchanged: results, pupils and the pupils' background.",
        [
            new("municipality_code", "string", "Kommunkod (4 siffror).", "Municipality code (4 digits)."),
            new("municipality_name", "string", "Kommunens namn.", "The municipality's name."),
            new("organizer", "string", "all (fliken Samtliga), municipal (Kommunal) eller independent (Enskild).", "all (the sheet Samtliga), municipal (Kommunal) or independent (Enskild)."),
            new("school_year", "string", "Läsår.", "School year."),
            new("indicator", "string", "Uppgiften: pupils (antal elever i åk 9), girls_pct, boys_pct, foreign_background_pct, parents_post_secondary_pct, merit_value (17 ämnen), merit_value_16, eligible_vocational_pct eller all_subjects_passed_pct.", "The item: pupils (grade 9 pupils), girls_pct, boys_pct, foreign_background_pct, parents_post_secondary_pct, merit_value (17 subjects), merit_value_16, eligible_vocational_pct or all_subjects_passed_pct."),
            new("status", "string", "ok, suppressed (..), missing (.) eller rounded_100 (~100).", "ok, suppressed (..), missing (.) or rounded_100 (~100)."),
            new("value", "number", "Skolverkets värde när status är ok.", "Skolverket's value when status is ok.", "elever, poäng eller procent / pupils, points or per cent"),
            new("publication", "string", "Rapportens ”Valt läsår”: vid revideringar gäller den nyaste publiceringen.", "The report's “Valt läsår”: where Skolverket revised a figure, the newest publication's is used."),
        ],
        ["municipality_code", "organizer", "school_year", "indicator"]);

    public static readonly DataTableSpec Reconciliation = new(
        "reconciliation", "Skolverkets siffror och våra", "Skolverket's figures and ours",
        "Skolverkets officiella siffra bredvid webbplatsens medelvärde av skolornas värden, skillnaden och eleverna som ingår.", "Skolverket's official figure beside the site's mean of the schools' values, the difference and the pupils each covers.",
        [
            new("municipality_code", "string", "Kommunkod.", "Municipality code."),
            new("area", "string", "Området i aggregates.csv vars medelvärde jämförs (city, eller kommunens slug).", "The area in aggregates.csv whose mean is compared (city, or the municipality's slug)."),
            new("organizer", "string", "all, municipal eller independent.", "all, municipal or independent."),
            new("school_year", "string", "Läsår.", "School year."),
            new("measure", "string", "Måttet.", "The measure."),
            new("official_status", "string", "Status för Skolverkets värde.", "The status of Skolverket's value."),
            new("official_value", "number", "Skolverkets värde (official.csv).", "Skolverket's value (official.csv)."),
            new("official_pupils", "integer", "Skolverkets antal elever i årskurs 9.", "Skolverket's number of grade 9 pupils."),
            new("method", "string", "Metoden för vårt medelvärde (aggregates.method).", "The method of our mean (aggregates.method)."),
            new("recomputed", "number", "Vårt medelvärde (aggregates.value).", "Our mean (aggregates.value)."),
            new("recomputed_low", "number", "aggregates.value_low.", "aggregates.value_low."),
            new("recomputed_high", "number", "aggregates.value_high.", "aggregates.value_high."),
            new("recomputed_pupils", "integer", "Elever i skolorna som ingår i vårt medelvärde (aggregates.n_pupils).", "Pupils in the schools in our mean (aggregates.n_pupils)."),
            new("difference", "number", "official_value − recomputed.", "official_value − recomputed."),
            new("exceeds_tolerance", "boolean", "true när Skolverkets värde ligger längre än toleransen (1 poäng, 1,5 procentenheter) utanför våra gränser; tomt när vårt medelvärde är oviktat och inte jämförbart.", "true when Skolverket's value lies further than the tolerance (1 point, 1.5 percentage points) outside our bounds; empty when our mean is unweighted and not comparable."),
        ],
        ["municipality_code", "organizer", "school_year", "measure"]);
}
