namespace Site.Compute.Data;

/// <summary>Columns that several published tables share, declared once.</summary>
public static class SharedColumns
{
    public static readonly DataColumn SchoolCodeColumn = new(
        "school_code",
        "string",
        "Skolenhetskod (8 siffror) i Skolverkets skolenhetsregister.",
        "School unit code (8 digits) in Skolverket's register.");

    public static readonly DataColumn SchoolYearColumn = new(
        "school_year",
        "string",
        "Läsår, t.ex. 2024/25.",
        "School year, e.g. 2024/25.");

    public static readonly DataColumn MeasureColumn = new(
        "measure",
        "string",
        "Måttet: merit_value (meritvärde, 17 ämnen), all_subjects_passed_pct (andel som klarat alla ämnen) eller "
        + "eligible_vocational_pct (andel behöriga till yrkesprogram).",
        "The measure: merit_value (17 subjects), all_subjects_passed_pct (share passing all subjects) or "
        + "eligible_vocational_pct (share eligible for vocational programmes).");

    public static readonly DataColumn OrganizerColumn = new(
        "organizer",
        "string",
        "Huvudman: all, municipal (kommunal) eller independent (fristående).",
        "Organizer: all, municipal or independent.");

    public static readonly DataColumn MethodColumn = new(
        "method",
        "string",
        "Medelvärdets metod: unweighted (varje skola väger lika; varje läsår har det) eller pupil_weighted (viktat med "
        + "elever i årskurs 9; läsår där alla skolor har elevantal).",
        "How the mean is computed: unweighted (each school once; every school year has it) or pupil_weighted (weighted "
        + "by grade 9 pupils; school years in which every school has a pupil count).");

    public static readonly DataColumn IllustrativeColumn = new(
        "illustrative",
        "boolean",
        "true när beloppen är illustrativa och inte stadens verkliga anslag.",
        "true when the amounts are illustrative, not the city's real allocation.");

    public static readonly DataColumn LevelColumn = new("level", "string", "city eller district.", "city or district.");

    public static readonly DataColumn AreaColumn = new(
        "area",
        "string",
        "city, eller stadsdelsområdets slug.",
        "city, or the district's slug.");
}
