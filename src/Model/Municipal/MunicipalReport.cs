namespace Site.Model.Municipal;

/// <summary>One municipality report's shape: how its name starts, whether its period is a calendar or a school year,
/// its value columns.</summary>
public sealed record MunicipalReport(
    MunicipalReportKind Kind,
    string NameStart,
    bool CalendarYear,
    IReadOnlyList<MunicipalColumn> Columns)
{
    private const string Sek = "kr per elev / SEK per pupil";
    private const string Ksek = "tusental kr / thousand SEK";
    private const string Pct = "procent / per cent";

    public static readonly MunicipalReport Costs = new(
        MunicipalReportKind.Costs,
        "Grundskola - Kostnader per kommun",
        CalendarYear: true,
    [
        new("average_pupils", "Genomsnittligt elevantal", 0, "elever / pupils"),
        new("total_ksek", "Totalt", 0, Ksek),
        new("teaching_ksek", "Undervisning", 0, Ksek),
        new("total_per_pupil", "Totalt per elev", 0, Sek),
        new("teaching_per_pupil", "Undervisning per elev", 0, Sek),
        new("premises_per_pupil", "Lokaler per elev", 0, Sek),
        new("meals_per_pupil", "Måltider per elev", 0, Sek),
        new("materials_per_pupil", "Lärverktyg per elev", 0, Sek),
        new("pupil_health_per_pupil", "Elevhälsa per elev", 0, Sek),
        new("other_per_pupil", "Övrigt per elev", 0, Sek),
    ]);

    public static readonly MunicipalReport Staff = new(
        MunicipalReportKind.Staff,
        "Grundskola - Personalstatistik med lärarlegitimation och behörighet",
        CalendarYear: false,
    [
        new("fte_total", "#Heltidstjänster Totalt antal", 1, "heltidstjänster / full-time posts"),
        new(
            "fte_certified",
            "#Heltidstjänster Antal med lärarlegitimation och behörighet",
            1,
            "heltidstjänster / full-time posts"),
        new("fte_certified_pct", "#Heltidstjänster Andel med lärarlegitimation och behörighet", 1, Pct, IsShare: true),
        new("fte_first_teachers", "#Heltidstjänster Förstelärare", 1, "heltidstjänster / full-time posts"),
        new("teachers_total", "#Tjänstgörande lärare Totalt antal", 0, "lärare / teachers"),
        new(
            "teachers_certified",
            "#Tjänstgörande lärare Antal med lärarlegitimation och behörighet i minst ett ämne",
            0,
            "lärare / teachers"),
        new(
            "teachers_certified_pct",
            "#Tjänstgörande lärare Andel med lärarlegitimation och behörighet i minst ett ämne",
            1,
            Pct,
            IsShare: true),
        new("first_teachers", "#Tjänstgörande lärare Förstelärare", 0, "lärare / teachers"),
    ]);

    public static readonly MunicipalReport Pupils = new(
        MunicipalReportKind.Pupils,
        "Grundskola - Antal elever per årskurs",
        CalendarYear: false,
    [
        new("girls_pct", "Andel (%) flickor, årskurs 1-9", 1, Pct, IsShare: true),
        new("foreign_background_pct", "Andel (%) elever med utländsk bakgrund, åk 1-9", 1, Pct, IsShare: true),
        new(
            "parents_post_secondary_pct",
            "Andel (%) elever med föräldrar med eftergymnasial utb., åk 1-9",
            1,
            Pct,
            IsShare: true),
        .. Enumerable.Range(1, 9)
            .Select(g => new MunicipalColumn($"pupils_grade_{g}", $"Elever, årskurs {g}", 0, "elever / pupils")),
        new("pupils_grades_1_9", "Elever, årskurs 1-9", 0, "elever / pupils"),
    ]);

    public static IReadOnlyList<MunicipalReport> All { get; } = [Costs, Staff, Pupils];

    /// <summary>The identifying columns every municipality report starts with, read for the key or on purpose not at
    /// all.</summary>
    public static IReadOnlyList<string> KeyHeaders { get; } = [
        "Kommun",
        "Kommunkod",
        "Kommun-kod",
        "Län",
        "Läns-kod",
        "Länskod",
        "Typ av huvudman"];

    public int IndexOf(string code) => Columns.ToList().FindIndex(c => c.Code == code);
}
