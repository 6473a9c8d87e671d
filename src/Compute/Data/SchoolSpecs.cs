using Site.Model;
using static Site.Compute.Data.SharedColumns;

namespace Site.Compute.Data;

/// <summary>The school files: the register, every published value and the pupils' background, each column with its accessor.</summary>
public static class SchoolSpecs
{
    private const string PointsOrPercent = "poäng eller procent / points or per cent";

    public static readonly TableOf<School> Schools = new(
        "schools", ("Skolor", "Schools"),
        ("Skolenhetsregistret för de publicerade skolorna, med stadsdelsområde.", "The register of the published schools, with their district."),
        [
            SchoolCodeColumn.For<School>(s => s.Code),
            new DataColumn("name", "string", "Skolenhetens namn.", "The school unit's name.").For<School>(s => s.Name),
            new DataColumn("municipality_code", "string", "Kommunkod (4 siffror), 0180 = Stockholm.", "Municipality code (4 digits), 0180 = Stockholm.").For<School>(s => s.MunicipalityCode),
            new DataColumn("organizer", "string", "municipal (kommunal) eller independent (fristående).", "municipal or independent.").For<School>(s => OrganizerTypeCodes.Code(s.Organizer)),
            new DataColumn("district", "string", "Stadsdelsområdets slug (som i sidornas adresser); tomt om okänt.", "The district's slug (as in the page addresses); empty if unknown.").For<School>(s => s.District?.Slug ?? ""),
            new DataColumn("district_name", "string", "Stadsdelsområdets namn.", "The district's name.").For<School>(s => s.District?.Name ?? ""),
            new DataColumn("successor_code", "string", "Skolenhetskoden för den skola som ersatt denna, om någon.", "The school unit code of the school that replaced this one, if any.").For<School>(s => s.SuccessorCode ?? ""),
        ],
        ["school_code"]);

    public static readonly TableOf<SchoolResultLine> SchoolResults = new(
        "school_results", ("Skolornas resultat", "School results"),
        ("Varje skolas värde per läsår och mått, som Skolverket publicerat det.", "Every school's value by school year and measure, as Skolverket published it."),
        [
            SchoolCodeColumn.For<SchoolResultLine>(r => r.School.Code),
            new DataColumn("school_name", "string", "Skolenhetens namn.", "The school unit's name.").For<SchoolResultLine>(r => r.School.Name),
            new DataColumn("district", "string", "Stadsdelsområdets slug.", "The district's slug.").For<SchoolResultLine>(r => r.School.District?.Slug ?? ""),
            new DataColumn("organizer", "string", "municipal eller independent.", "municipal or independent.").For<SchoolResultLine>(r => OrganizerTypeCodes.Code(r.School.Organizer)),
            SchoolYearColumn.For<SchoolResultLine>(r => r.Result.Year.Label),
            MeasureColumn.For<SchoolResultLine>(r => MeasureInfo.Of(r.Result.Measure).Code),
            new DataColumn("status", "string", "ok (ett tal i value), suppressed (Skolverkets .., färre än 10 elever), missing (., uppgift saknas) eller rounded_100 (~100, nära 100 procent).", "ok (a number in value), suppressed (Skolverket's .., fewer than 10 pupils), missing (., no data) or rounded_100 (~100, close to 100 per cent).").For<SchoolResultLine>(r => ValueStatusCodes.TidyCode(r.Result.Value.Status)),
            new DataColumn("value", "number", "Värdet när status är ok; annars tomt.", "The value when status is ok; otherwise empty.", PointsOrPercent).For<SchoolResultLine>(r => Invariant.Number(r.Result.Value.Number, 1)),
            new DataColumn("pupils", "integer", "Elever i årskurs 9 enligt Skolverkets exportfil; tomt när det inte redovisas.", "Grade 9 pupils according to Skolverket's export; empty when not published.").For<SchoolResultLine>(r => Invariant.Integer(r.Pupils)),
            new DataColumn("mean_value", "number", "Det tal som raden bidrar med till medelvärdena: value när status är ok; för ~100 mittpunkten 100·(N−2,5)/N (N = bound_pupils); tomt för .. och .", "What the row puts into the means: value when status is ok; for ~100 the centre 100·(N−2.5)/N (N = bound_pupils); empty for .. and .", PointsOrPercent).For<SchoolResultLine>(r => Invariant.Number(r.Entry?.Input?.Central, 1)),
            new DataColumn("mean_low", "number", "Nedre gränsen: value, eller för ~100 100·(N−4)/N avrundat nedåt (4 elever saknar behörighet).", "Lower bound: value, or for ~100 100·(N−4)/N rounded down (4 pupils lacking).", PointsOrPercent).For<SchoolResultLine>(r => Invariant.Number(r.Entry?.Input?.Low, 1)),
            new DataColumn("mean_high", "number", "Övre gränsen: value, eller för ~100 100·(N−1)/N avrundat uppåt (1 elev saknar behörighet).", "Upper bound: value, or for ~100 100·(N−1)/N rounded up (1 pupil lacking).", PointsOrPercent).For<SchoolResultLine>(r => Invariant.Number(r.Entry?.Input?.High, 1)),
            new DataColumn("bound_pupils", "integer", "För ~100: elevantalet N som gränserna räknas från.", "For ~100: the pupil count N the bounds are computed from.").For<SchoolResultLine>(r => Invariant.Integer(r.Entry?.BoundPupils)),
            new DataColumn("bound_basis", "string", "Var N kommer ifrån: count (skolans antal samma läsår), nearest_year_count (skolans antal närmaste läsår med antal), median_count (medianen av alla skolors antal) eller smallest_published_group (10).", "Where N comes from: count (the school's count that year), nearest_year_count (the school's count in the nearest year with one), median_count (the median of all schools' counts) or smallest_published_group (10).").For<SchoolResultLine>(r => Codes.Basis(r.Entry?.Basis ?? BoundBasis.None)),
        ],
        ["school_code", "school_year", "measure"],
        referencesSchools: true);

    public static readonly TableOf<BackgroundRow> SchoolBackground = new(
        "school_background", ("Elevernas bakgrund", "Pupil background"),
        ("Andelar per skola ur Skolverkets Antal elever per årskurs, och behovsindex.", "Shares per school from Skolverket's pupils per grade, and the need index."),
        [
            SchoolCodeColumn.For<BackgroundRow>(b => b.SchoolCode),
            SchoolYearColumn.For<BackgroundRow>(b => b.Year.Label),
            new DataColumn("parents_post_secondary_pct", "number", "Andel elever (åk 1–9) med föräldrar med eftergymnasial utbildning.", "Share of pupils (grades 1–9) whose parents have post-secondary education.", "procent / per cent").For<BackgroundRow>(b => Codes.Cell(b.ParentsPostSecondaryPct)),
            new DataColumn("foreign_background_pct", "number", "Andel elever (åk 1–9) med utländsk bakgrund.", "Share of pupils (grades 1–9) with foreign background.", "procent / per cent").For<BackgroundRow>(b => Codes.Cell(b.ForeignBackgroundPct)),
            new DataColumn("need_index", "number", "Behovsindex 0–100: ((100 − parents_post_secondary_pct) + foreign_background_pct) / 2.", "Need index 0–100: ((100 − parents_post_secondary_pct) + foreign_background_pct) / 2.").For<BackgroundRow>(b => Invariant.Number(NeedIndex.Of(b), 2)),
            new DataColumn("pupils_grades_1_9", "integer", "Elever i årskurs 1–9.", "Pupils in grades 1–9.").For<BackgroundRow>(b => Codes.Cell(b.Pupils, 0)),
        ],
        ["school_code"],
        referencesSchools: true,
        missingValues: ["", "..", ".", "~100"]);
}
