namespace Site.Compute.Texts;

/// <summary>The words of the municipality reports' columns in one language.</summary>
public static class MunicipalWords
{
    public static string Label(Texts t, string column) => column switch
    {
        "total_per_pupil" => t.Pick("Totalt", "Total"),
        "teaching_per_pupil" => t.Pick("Undervisning", "Teaching"),
        "premises_per_pupil" => t.Pick("Lokaler och inventarier", "Premises and fittings"),
        "meals_per_pupil" => t.Pick("Skolmåltider", "School meals"),
        "materials_per_pupil" => t.Pick(
            "Lärverktyg, utrustning och skolbibliotek",
            "Learning materials, equipment and library"),
        "pupil_health_per_pupil" => t.Pick("Elevhälsa", "Pupil health"),
        "other_per_pupil" => t.Pick("Övrigt", "Other"),
        "average_pupils" => t.Pick("Elever (genomsnitt)", "Pupils (average)"),
        "total_ksek" => t.Pick("Total kostnad, tusental kr", "Total cost, thousand SEK"),
        "teaching_ksek" => t.Pick("Undervisning, tusental kr", "Teaching, thousand SEK"),
        "fte_total" => t.Pick("Lärare, heltidstjänster", "Teachers, full-time posts"),
        "fte_certified" => t.Pick(
            "Varav legitimerade och behöriga, heltidstjänster",
            "Of which certified and qualified, full-time posts"),
        "fte_certified_pct" => t.Pick(
            "Legitimerade och behöriga, % av heltidstjänsterna",
            "Certified and qualified, % of full-time posts"),
        "fte_first_teachers" => t.Pick("Förstelärare, heltidstjänster", "First teachers, full-time posts"),
        "teachers_total" => t.Pick("Lärare, antal", "Teachers, number"),
        "teachers_certified" => t.Pick(
            "Varav legitimerade och behöriga i minst ett ämne",
            "Of which certified and qualified in at least one subject"),
        "teachers_certified_pct" => t.Pick(
            "Legitimerade och behöriga i minst ett ämne, % av lärarna",
            "Certified and qualified in at least one subject, % of teachers"),
        "first_teachers" => t.Pick("Förstelärare, antal", "First teachers, number"),
        _ => column,
    };

    /// <summary>A cost kind's name short enough for a chart's axis on a phone.</summary>
    public static string Short(Texts t, string column) => column switch
    {
        "premises_per_pupil" => t.Pick("Lokaler", "Premises"),
        "meals_per_pupil" => t.Pick("Måltider", "Meals"),
        "materials_per_pupil" => t.Pick("Lärverktyg", "Materials"),
        _ => Label(t, column),
    };

    /// <summary>The kinds of spending per pupil, total first.</summary>
    public static IReadOnlyList<string> CostKinds { get; } =
        [
            "total_per_pupil",
            "teaching_per_pupil",
            "premises_per_pupil",
            "meals_per_pupil",
            "materials_per_pupil",
            "pupil_health_per_pupil",
            "other_per_pupil"];

    /// <summary>The teacher columns a page shows (the first teachers' full-time posts read 0,0 everywhere in 2024/25,
    /// so the headcount stands for them).</summary>
    public static IReadOnlyList<string> StaffColumns { get; } =
        ["fte_total", "fte_certified_pct", "teachers_total", "teachers_certified_pct", "first_teachers"];

    public static string Kronor(Texts t, decimal value) => t.Number(value, 0) + t.Pick(" kr", " SEK");
}
