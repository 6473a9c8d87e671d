using Site.Compute.Analysis.Municipal;
using Site.Model;
using Site.Model.Municipal;
using static Site.Compute.Data.SharedColumns;

namespace Site.Compute.Data;

/// <summary>Skolverket's municipality reports as tidy rows, and the site's municipalities' figures beside every
/// municipality's.</summary>
public static class MunicipalSpecs
{
    private static readonly DataColumn Report = new(
        "report",
        "string",
        "costs (Kostnader per kommun), staff (Personalstatistik med lärarlegitimation och behörighet) eller pupils "
        + "(Antal elever per årskurs).",
        "costs (Kostnader per kommun), staff (Personalstatistik med lärarlegitimation och behörighet) or pupils (Antal "
        + "elever per årskurs).");

    private static readonly DataColumn Period = new(
        "period",
        "string",
        "Kalenderåret (costs, 2024) eller läsåret (staff, pupils, 2024/25), som rapportens ”Valt år” eller ”Valt "
        + "läsår”.",
        "The calendar year (costs, 2024) or the school year (staff, pupils, 2024/25), as the report's “Valt år” or "
        + "“Valt läsår”.");

    private static readonly DataColumn Organizer = new(
        "organizer",
        "string",
        "Huvudman som i rapporten: all (Samtliga), municipal (Kommunal), independent (Enskild), state (Statlig), "
        + "region, international (Internationella skolor).",
        "Organizer as in the report: all (Samtliga), municipal (Kommunal), independent (Enskild), state (Statlig), "
        + "region, international (Internationella skolor).");

    private static readonly DataColumn Column = new(
        "measure",
        "string",
        "Rapportens kolumn: se kolumnlistan i metoden; kr per elev för *_per_pupil, tusental kr för *_ksek, "
        + "heltidstjänster för fte_*, personer för teachers_* och pupils_*, procent för *_pct.",
        "The report's column: see the list in the method; SEK per pupil for *_per_pupil, thousand SEK for *_ksek, "
        + "full-time posts for fte_*, people for teachers_* and pupils_*, per cent for *_pct.");

    public static string Code(MunicipalReportKind kind) => kind switch
    {
        MunicipalReportKind.Costs => "costs",
        MunicipalReportKind.Staff => "staff",
        _ => "pupils",
    };

    private static string ColumnOf(MunicipalReportKind kind, int index) =>
        MunicipalReport.All[(int)kind].Columns[index].Code;

    /// <summary>A figure's numbers with its column's published decimals (the quartiles are rounded to them).</summary>
    private static string Number(MunicipalFigure f, decimal? value) =>
        Invariant.Number(
            value,
            MunicipalReport.All[(int)f.Kind].Columns[MunicipalReport.All[(int)f.Kind].IndexOf(f.Column)].Decimals);

    public static readonly TableOf<(MunicipalRow Row, int Index)> Reports = new(
        "municipal_reports", ("Skolverkets kommunrapporter", "Skolverket's municipality reports"),
        (
            "Varje värde i rapporterna om kostnader, lärare och elever per kommun, som Skolverket publicerar dem, en "
            + "rad per kommun, period, huvudman och kolumn: det alla medianer och placeringar räknas från.",
            "Every value of the reports on costs, teachers and pupils by municipality as Skolverket publishes them, a "
            + "row per municipality, period, organizer and column: what every median and position is computed from."),
        [
            Report.For<(MunicipalRow Row, int Index)>(r => Code(r.Row.Kind)),
            new DataColumn(
                "municipality_code",
                "string",
                "Kommunkod, fyra siffror.",
                "Municipality code, four digits.").For<(MunicipalRow Row, int Index)>(r => r.Row.MunicipalityCode),
            new DataColumn(
                "municipality_name",
                "string",
                "Kommunens namn.",
                "The municipality's name.").For<(MunicipalRow Row, int Index)>(r => r.Row.MunicipalityName),
            Period.For<(MunicipalRow Row, int Index)>(r => r.Row.Period),
            Organizer.For<(MunicipalRow Row, int Index)>(r => r.Row.Organizer),
            Column.For<(MunicipalRow Row, int Index)>(r => ColumnOf(r.Row.Kind, r.Index)),
            new DataColumn(
                "status",
                "string",
                "ok, suppressed (..) eller missing (.).",
                "ok, suppressed (..) or missing (.).")
                .For<(MunicipalRow Row, int Index)>(r => ValueStatusCodes.TidyCode(r.Row.Values[r.Index].Status)),
            new DataColumn(
                "value",
                "number",
                "Värdet som Skolverket skriver det, utan tusentalsavgränsare.",
                "The value as Skolverket writes it, without thousands separators.")
                .For<(MunicipalRow Row, int Index)>(r => Invariant.Number(
                    r.Row.Values[r.Index].Number,
                    MunicipalReport.All[(int)r.Row.Kind].Columns[r.Index].Decimals)),
        ],
        ["report", "municipality_code", "period", "organizer", "measure"],
        missingValues: [""]);

    public static readonly TableOf<MunicipalFigure> Figures = new(
        "municipal_figures", (
            "Kommunens kostnader och lärare bland alla kommuners",
            "The municipality's costs and teachers among every municipality's"),
        (
            "För webbplatsens kommuner: värdet, medianen och kvartilerna (typ 7, avrundade en gång till kolumnens "
            + "decimaler) över alla kommuner med ett värde i samma rapport, period, huvudman och kolumn, och hur många "
            + "som har ett lägre och ett högre värde.",
            "For the site's municipalities: the value, and the median and quartiles (type 7, rounded once to the "
            + "column's decimals) over every municipality with a value in the same report, period, organizer and "
            + "column, and how many have a lower and a higher value."),
        [
            Report.For<MunicipalFigure>(f => Code(f.Kind)),
            new DataColumn(
                "municipality_code",
                "string",
                "Kommunkod.",
                "Municipality code.").For<MunicipalFigure>(f => f.MunicipalityCode),
            Period.For<MunicipalFigure>(f => f.Period),
            Organizer.For<MunicipalFigure>(f => f.Organizer),
            Column.For<MunicipalFigure>(f => f.Column),
            new DataColumn(
                "value",
                "number",
                "Kommunens värde; tomt för en markering.",
                "The municipality's value; empty for a marker.").For<MunicipalFigure>(f => Number(f, f.Value.Number)),
            new DataColumn(
                "median",
                "number",
                "Medianen av alla kommuners värden.",
                "The median of every municipality's values.").For<MunicipalFigure>(f => Number(f, f.Median)),
            new DataColumn(
                "lower_quartile",
                "number",
                "Nedre kvartilen.",
                "The lower quartile.").For<MunicipalFigure>(f => Number(f, f.LowerQuartile)),
            new DataColumn(
                "upper_quartile",
                "number",
                "Övre kvartilen.",
                "The upper quartile.").For<MunicipalFigure>(f => Number(f, f.UpperQuartile)),
            new DataColumn(
                "n_below",
                "integer",
                "Kommuner med ett lägre värde.",
                "Municipalities with a lower value.").Integer<MunicipalFigure>(f => f.Below),
            new DataColumn(
                "n_above",
                "integer",
                "Kommuner med ett högre värde.",
                "Municipalities with a higher value.").Integer<MunicipalFigure>(f => f.Above),
            new DataColumn(
                "n_municipalities",
                "integer",
                "Kommuner med ett värde.",
                "Municipalities with a value.").Integer<MunicipalFigure>(f => f.Of),
        ],
        ["report", "municipality_code", "period", "organizer", "measure"]);
}
