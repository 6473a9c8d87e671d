using Site.Compute.Analysis;
using Site.Load;
using Site.Model;

namespace Site.Compute.Data;

/// <summary>Skolverket's official municipality figures and their reconciliation with the site's means, each column with
/// its accessor.</summary>
public static class OfficialSpecs
{
    public static readonly TableOf<OfficialFigure> Official = new(
        "official", ("Skolverkets kommunsiffror", "Skolverket's municipality figures"),
        (
            "Skolverkets egna siffror per kommun ur Jämförelse av betygsresultat över tid, oförändrade: resultat, "
            + "elevantal och elevernas bakgrund.",
            "Skolverket's own figures per municipality from Jämförelse av betygsresultat över tid, unchanged: results, "
            + "pupils and the pupils' background."),
        [
            new DataColumn(
                Name: "municipality_code",
                Type: "string",
                Swedish: "Kommunkod (4 siffror).",
                English: "Municipality code (4 digits).")
            .For<OfficialFigure>(f => f.MunicipalityCode),
            new DataColumn(
                Name: "municipality_name",
                Type: "string",
                Swedish: "Kommunens namn.",
                English: "The municipality's name.")
            .For<OfficialFigure>(f => f.MunicipalityName),
            new DataColumn(
                Name: "organizer",
                Type: "string",
                Swedish: "all (fliken Samtliga), municipal (Kommunal) eller independent (Enskild).",
                English: "all (the sheet Samtliga), municipal (Kommunal) or independent (Enskild).")
            .For<OfficialFigure>(f => Codes.Organizer(f.Organizer)),
            new DataColumn(
                Name: "school_year",
                Type: "string",
                Swedish: "Läsår.",
                English: "School year.")
            .For<OfficialFigure>(f => f.Year.Label),
            new DataColumn(
                Name: "indicator",
                Type: "string",
                Swedish: "Uppgiften: pupils (antal elever i åk 9), girls_pct, boys_pct, foreign_background_pct, "
                    + "parents_post_secondary_pct, merit_value (17 ämnen), merit_value_16, eligible_vocational_pct "
                    + "eller all_subjects_passed_pct.",
                English: "The item: pupils (grade 9 pupils), girls_pct, boys_pct, foreign_background_pct, "
                    + "parents_post_secondary_pct, merit_value (17 subjects), merit_value_16, eligible_vocational_pct "
                    + "or all_subjects_passed_pct.")
            .For<OfficialFigure>(f => OfficialIndicators.Code(f.Indicator)),
            new DataColumn(
                Name: "status",
                Type: "string",
                Swedish: "ok, suppressed (..), missing (.) eller rounded_100 (~100).",
                English: "ok, suppressed (..), missing (.) or rounded_100 (~100).")
            .For<OfficialFigure>(f => ValueStatusCodes.TidyCode(f.Value.Status)),
            new DataColumn(
                Name: "value",
                Type: "number",
                Swedish: "Skolverkets värde när status är ok.",
                English: "Skolverket's value when status is ok.",
                Unit: "elever, poäng eller procent / pupils, points or per cent")
            .For<OfficialFigure>(f => Invariant.Number(
                f.Value.Number,
                f.Indicator == OfficialIndicator.Pupils ? 0 : 1)),
            new DataColumn(
                Name: "publication",
                Type: "string",
                Swedish: "Rapportens ”Valt läsår”: vid revideringar gäller den nyaste publiceringen.",
                English: "The report's “Valt läsår”: where Skolverket revised a figure, the newest publication's is "
                    + "used.")
            .For<OfficialFigure>(f => f.Publication.Label),
        ],
        ["municipality_code", "organizer", "school_year", "indicator"]);

    public static readonly TableOf<Reconciliation> Reconciliation = new(
        "reconciliation", ("Skolverkets siffror och våra", "Skolverket's figures and ours"),
        (
            "Skolverkets officiella siffra bredvid webbplatsens medelvärde av skolornas värden, skillnaden och "
            + "eleverna som ingår.",
            "Skolverket's official figure beside the site's mean of the schools' values, the difference and the pupils "
            + "each covers."),
        [
            new DataColumn(
                Name: "municipality_code",
                Type: "string",
                Swedish: "Kommunkod.",
                English: "Municipality code.")
            .For<Reconciliation>(r => r.MunicipalityCode),
            new DataColumn(
                Name: "area",
                Type: "string",
                Swedish: "Området i aggregates.csv vars medelvärde jämförs (city, eller kommunens slug).",
                English: "The area in aggregates.csv whose mean is compared (city, or the municipality's slug).")
            .For<Reconciliation>(r => r.Area.Slug),
            new DataColumn(
                Name: "organizer",
                Type: "string",
                Swedish: "all, municipal eller independent.",
                English: "all, municipal or independent.")
            .For<Reconciliation>(r => OrganizerSplits.Code(r.Organizer)),
            new DataColumn(
                Name: "school_year",
                Type: "string",
                Swedish: "Läsår.",
                English: "School year.")
            .For<Reconciliation>(r => r.Year.Label),
            new DataColumn(
                Name: "measure",
                Type: "string",
                Swedish: "Måttet.",
                English: "The measure.")
            .For<Reconciliation>(r => MeasureInfo.Of(r.Measure).Code),
            new DataColumn(
                Name: "official_status",
                Type: "string",
                Swedish: "Status för Skolverkets värde.",
                English: "The status of Skolverket's value.")
            .For<Reconciliation>(r => ValueStatusCodes.TidyCode(r.Official.Value.Status)),
            new DataColumn(
                Name: "official_value",
                Type: "number",
                Swedish: "Skolverkets värde (official.csv).",
                English: "Skolverket's value (official.csv).")
            .Number<Reconciliation>(r => r.Official.Value.Number, 1),
            new DataColumn(
                Name: "official_pupils",
                Type: "integer",
                Swedish: "Skolverkets antal elever i årskurs 9.",
                English: "Skolverket's number of grade 9 pupils.")
            .Integer<Reconciliation>(r => r.OfficialPupils),
            new DataColumn(
                Name: "method",
                Type: "string",
                Swedish: "Metoden för vårt medelvärde (aggregates.method).",
                English: "The method of our mean (aggregates.method).")
            .For<Reconciliation>(r => Codes.Method(r.Recomputed.Method)),
            new DataColumn(
                Name: "recomputed",
                Type: "number",
                Swedish: "Vårt medelvärde (aggregates.value).",
                English: "Our mean (aggregates.value).")
            .Number<Reconciliation>(r => r.Recomputed.Value, AreaMean.Decimals),
            new DataColumn(
                Name: "recomputed_low",
                Type: "number",
                Swedish: "aggregates.value_low.",
                English: "aggregates.value_low.")
            .Number<Reconciliation>(r => r.Recomputed.Low, AreaMean.Decimals),
            new DataColumn(
                Name: "recomputed_high",
                Type: "number",
                Swedish: "aggregates.value_high.",
                English: "aggregates.value_high.")
            .Number<Reconciliation>(r => r.Recomputed.High, AreaMean.Decimals),
            new DataColumn(
                Name: "recomputed_pupils",
                Type: "integer",
                Swedish: "Elever i skolorna som ingår i vårt medelvärde (aggregates.n_pupils).",
                English: "Pupils in the schools in our mean (aggregates.n_pupils).")
            .Integer<Reconciliation>(r => r.Recomputed.PupilsIncluded),
            new DataColumn(
                Name: "difference",
                Type: "number",
                Swedish: "official_value − recomputed.",
                English: "official_value − recomputed.")
            .Number<Reconciliation>(r => r.Difference, AreaMean.Decimals),
            new DataColumn(
                Name: "exceeds_tolerance",
                Type: "boolean",
                Swedish: "true när Skolverkets värde ligger längre än toleransen (1 poäng, 1,5 procentenheter) utanför "
                    + "våra gränser; tomt när vårt medelvärde är oviktat eller räknar färre än 95 procent av "
                    + "Skolverkets elever och inte jämförs.",
                English: "true when Skolverket's value lies further than the tolerance (1 point, 1.5 percentage "
                    + "points) outside our bounds; empty when our mean is unweighted or counts fewer than 95 per cent "
                    + "of Skolverket's pupils, and is not compared.")
            .For<Reconciliation>(r => r.Exceeds is { } e ? Codes.Boolean(e) : ""),
        ],
        ["municipality_code", "organizer", "school_year", "measure"]);
}
