using Site.Compute.Analysis;
using Site.Model;
using static Site.Compute.Data.SharedColumns;

namespace Site.Compute.Data;

/// <summary>The school files: the register, every published value and the pupils' background, each column with its
/// accessor.</summary>
public static class SchoolSpecs
{
    private const string PointsOrPercent = "poäng eller procent / points or per cent";

    public static readonly TableOf<School> Schools = new(
        "schools", ("Skolor", "Schools"),
        (
            "Skolenhetsregistret för de publicerade skolorna, med stadsdelsområde.",
            "The register of the published schools, with their district."),
        [
            SchoolCodeColumn.For<School>(s => s.Code),
            new DataColumn(
                Name: "name",
                Type: "string",
                Swedish: "Skolenhetens namn.",
                English: "The school unit's name.")
            .For<School>(s => s.Name),
            new DataColumn(
                Name: "municipality_code",
                Type: "string",
                Swedish: "Kommunkod (4 siffror), 0180 = Stockholm.",
                English: "Municipality code (4 digits), 0180 = Stockholm.")
            .For<School>(s => s.MunicipalityCode),
            new DataColumn(
                Name: "organizer",
                Type: "string",
                Swedish: "municipal (kommunal) eller independent (fristående).",
                English: "municipal or independent.")
            .For<School>(s => OrganizerTypeCodes.Code(s.Organizer)),
            new DataColumn(
                Name: "district",
                Type: "string",
                Swedish: "Stadsdelsområdets slug (som i sidornas adresser); tomt om okänt.",
                English: "The district's slug (as in the page addresses); empty if unknown.")
            .For<School>(s => s.District?.Slug ?? ""),
            new DataColumn(
                Name: "district_name",
                Type: "string",
                Swedish: "Stadsdelsområdets namn.",
                English: "The district's name.")
            .For<School>(s => s.District?.Name ?? ""),
            new DataColumn(
                Name: "successor_code",
                Type: "string",
                Swedish: "Skolenhetskoden för den skola som ersatt denna, om någon.",
                English: "The school unit code of the school that replaced this one, if any.")
            .For<School>(s => s.SuccessorCode ?? ""),
        ],
        ["school_code"]);

    public static readonly TableOf<SchoolResultLine> SchoolResults = new(
        "school_results", ("Skolornas resultat", "School results"),
        (
            "Varje skolas värde per läsår och mått, som Skolverket publicerat det.",
            "Every school's value by school year and measure, as Skolverket published it."),
        [
            SchoolCodeColumn.For<SchoolResultLine>(r => r.School.Code),
            new DataColumn(
                Name: "school_name",
                Type: "string",
                Swedish: "Skolenhetens namn.",
                English: "The school unit's name.")
            .For<SchoolResultLine>(r => r.School.Name),
            new DataColumn(
                Name: "district",
                Type: "string",
                Swedish: "Stadsdelsområdets slug.",
                English: "The district's slug.")
            .For<SchoolResultLine>(r => r.School.District?.Slug ?? ""),
            new DataColumn(
                Name: "organizer",
                Type: "string",
                Swedish: "municipal eller independent.",
                English: "municipal or independent.")
            .For<SchoolResultLine>(r => OrganizerTypeCodes.Code(r.School.Organizer)),
            SchoolYearColumn.For<SchoolResultLine>(r => r.Result.Year.Label),
            MeasureColumn.For<SchoolResultLine>(r => MeasureInfo.Of(r.Result.Measure).Code),
            new DataColumn(
                Name: "status",
                Type: "string",
                Swedish: "ok (ett tal i value), suppressed (Skolverkets .., färre än 10 elever), missing (., uppgift "
                    + "saknas) eller rounded_100 (~100, nära 100 procent).",
                English: "ok (a number in value), suppressed (Skolverket's .., fewer than 10 pupils), missing (., no "
                    + "data) or rounded_100 (~100, close to 100 per cent).")
            .For<SchoolResultLine>(r => ValueStatusCodes.TidyCode(r.Result.Value.Status)),
            new DataColumn(
                Name: "value",
                Type: "number",
                Swedish: "Värdet när status är ok; annars tomt.",
                English: "The value when status is ok; otherwise empty.",
                Unit: PointsOrPercent)
            .Number<SchoolResultLine>(r => r.Result.Value.Number, 1),
            new DataColumn(
                Name: "pupils",
                Type: "integer",
                Swedish: "Elever i årskurs 9 enligt Skolverkets exportfil; tomt när det inte redovisas.",
                English: "Grade 9 pupils according to Skolverket's export; empty when not published.")
            .Integer<SchoolResultLine>(r => r.Pupils),
            new DataColumn(
                Name: "mean_value",
                Type: "number",
                Swedish: "Det tal som raden bidrar med till medelvärdena: value när status är ok; för ~100 mittpunkten "
                    + "100·(N−2,5)/N (N = bound_pupils); tomt för .. och .",
                English: "What the row puts into the means: value when status is ok; for ~100 the centre 100·(N−2.5)/N "
                    + "(N = bound_pupils); empty for .. and .",
                Unit: PointsOrPercent)
            .Number<SchoolResultLine>(r => r.Entry?.Input?.Central, 1),
            new DataColumn(
                Name: "mean_low",
                Type: "number",
                Swedish:
                    "Nedre gränsen: value, eller för ~100 100·(N−4)/N avrundat nedåt (4 elever saknar behörighet).",
                English: "Lower bound: value, or for ~100 100·(N−4)/N rounded down (4 pupils lacking).",
                Unit: PointsOrPercent)
            .Number<SchoolResultLine>(r => r.Entry?.Input?.Low, 1),
            new DataColumn(
                Name: "mean_high",
                Type: "number",
                Swedish: "Övre gränsen: value, eller för ~100 100·(N−1)/N avrundat uppåt (1 elev saknar behörighet).",
                English: "Upper bound: value, or for ~100 100·(N−1)/N rounded up (1 pupil lacking).",
                Unit: PointsOrPercent)
            .Number<SchoolResultLine>(r => r.Entry?.Input?.High, 1),
            new DataColumn(
                Name: "bound_pupils",
                Type: "integer",
                Swedish: "För ~100: elevantalet N som gränserna räknas från.",
                English: "For ~100: the pupil count N the bounds are computed from.")
            .Integer<SchoolResultLine>(r => r.Entry?.BoundPupils),
            new DataColumn(
                Name: "bound_basis",
                Type: "string",
                Swedish: "Var N kommer ifrån: count (skolans antal samma läsår), nearest_year_count (skolans antal "
                    + "närmaste läsår med antal), median_count (medianen av alla skolors antal) eller "
                    + "smallest_published_group (10).",
                English: "Where N comes from: count (the school's count that year), nearest_year_count (the school's "
                    + "count in the nearest year with one), median_count (the median of all schools' counts) or "
                    + "smallest_published_group (10).")
            .For<SchoolResultLine>(r => Codes.Basis(r.Entry?.Basis ?? BoundBasis.None)),
        ],
        ["school_code", "school_year", "measure"],
        referencesSchools: true);

    public static readonly TableOf<BackgroundRow> SchoolBackground = new(
        "school_background", ("Elevernas bakgrund", "Pupil background"),
        (
            "Andelar per skola ur Skolverkets Antal elever per årskurs, och behovsindex.",
            "Shares per school from Skolverket's pupils per grade, and the need index."),
        [
            SchoolCodeColumn.For<BackgroundRow>(b => b.SchoolCode),
            SchoolYearColumn.For<BackgroundRow>(b => b.Year.Label),
            new DataColumn(
                Name: "parents_post_secondary_pct",
                Type: "number",
                Swedish: "Andel elever (åk 1–9) med föräldrar med eftergymnasial utbildning.",
                English: "Share of pupils (grades 1–9) whose parents have post-secondary education.",
                Unit: "procent / per cent")
            .For<BackgroundRow>(b => Codes.Cell(b.ParentsPostSecondaryPct)),
            new DataColumn(
                Name: "foreign_background_pct",
                Type: "number",
                Swedish: "Andel elever (åk 1–9) med utländsk bakgrund.",
                English: "Share of pupils (grades 1–9) with foreign background.",
                Unit: "procent / per cent")
            .For<BackgroundRow>(b => Codes.Cell(b.ForeignBackgroundPct)),
            new DataColumn(
                Name: "need_index",
                Type: "number",
                Swedish: "Behovsindex 0–100: ((100 − parents_post_secondary_pct) + foreign_background_pct) / 2.",
                English: "Need index 0–100: ((100 − parents_post_secondary_pct) + foreign_background_pct) / 2.")
            .Number<BackgroundRow>(b => NeedIndex.Of(b), 2),
            new DataColumn(
                Name: "pupils_grades_1_9",
                Type: "integer",
                Swedish: "Elever i årskurs 1–9.",
                English: "Pupils in grades 1–9.")
            .For<BackgroundRow>(b => Codes.Cell(b.Pupils, 0)),
        ],
        ["school_code"],
        referencesSchools: true,
        missingValues: ["", "..", ".", "~100"]);

    public static readonly TableOf<SimilarSchool> Similar = new(
        "similar_schools", ("Skolor med liknande elever", "Schools with a similar intake"),
        (
            "För varje skola de fem skolor vars elevers bakgrund är mest lik, efter de två andelarna i "
            + "school_background.csv.",
            "For each school the five schools whose pupils' background is most alike, by the two shares in "
            + "school_background.csv."),
        [
            SchoolCodeColumn.For<SimilarSchool>(s => s.SchoolCode),
            new DataColumn(
                Name: "rank",
                Type: "integer",
                Swedish: "1 för den mest lika skolan; lika avstånd ordnas efter skolenhetskod.",
                English: "1 for the most alike school; equal distances are ordered by school unit code.")
            .Integer<SimilarSchool>(s => s.Rank),
            new DataColumn(
                Name: "similar_school_code",
                Type: "string",
                Swedish: "Den lika skolans skolenhetskod.",
                English: "The alike school's school unit code.")
            .For<SimilarSchool>(s => s.SimilarCode),
            new DataColumn(
                Name: "distance",
                Type: "number",
                Swedish: "√(skillnaden i andel med föräldrar med eftergymnasial utbildning² + skillnaden i andel med "
                    + "utländsk bakgrund²), i procentenheter, en decimal.",
                English: "√(difference in the share with parents with post-secondary education² + difference in the "
                    + "share with foreign background²), in percentage points, one decimal.",
                Unit: "procentenheter / percentage points")
            .Number<SimilarSchool>(s => s.Distance, SimilarSchools.Decimals),
        ],
        ["school_code", "rank"],
        referencesSchools: true);
}
