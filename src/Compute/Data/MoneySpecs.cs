using Site.Compute.Analysis;
using Site.Model;
using static Site.Compute.Data.SharedColumns;

namespace Site.Compute.Data;

/// <summary>The allocation files, each column with its accessor.</summary>
public static class MoneySpecs
{
    private const string Kronor = "kronor / SEK";

    public static readonly TableOf<Illustrated<AllocationRow>> Allocation = new(
        "allocation", ("Tilläggsanslag per skola", "Allocation per school"),
        ("Socioekonomiskt tilläggsanslag per skola och läsår.", "Socioeconomic allocation per school and school year."),
        [
            SchoolCodeColumn.For<Illustrated<AllocationRow>>(a => a.Row.SchoolCode),
            SchoolYearColumn.For<Illustrated<AllocationRow>>(a => a.Row.Year.Label),
            new DataColumn(
                Name: "socioeconomic_index",
                Type: "number",
                Swedish: "Behovsindex som anslaget bygger på.",
                English: "The need index the allocation is based on.")
            .Number<Illustrated<AllocationRow>>(a => a.Row.SocioeconomicIndex, 1),
            new DataColumn(
                Name: "sek_per_pupil",
                Type: "number",
                Swedish: "Anslag per elev.",
                English: "Allocation per pupil.",
                Unit: Kronor)
            .Number<Illustrated<AllocationRow>>(a => a.Row.SekPerPupil, 0),
            new DataColumn(
                Name: "pupils",
                Type: "integer",
                Swedish: "Elever som anslaget gäller.",
                English: "Pupils the allocation is for.")
            .Integer<Illustrated<AllocationRow>>(a => a.Row.Pupils),
            IllustrativeColumn.For<Illustrated<AllocationRow>>(a => Codes.Boolean(a.Illustrative)),
        ],
        ["school_code", "school_year"],
        referencesSchools: true);

    public static readonly TableOf<Illustrated<DistrictFunding>> Funding = new(
        "funding", ("Tilläggsanslag per område", "Allocation per area"),
        ("Tilläggsanslaget per område och läsår.", "The allocation per area and school year."),
        [
            AreaColumn.For<Illustrated<DistrictFunding>>(f => f.Row.Area.Slug),
            SchoolYearColumn.For<Illustrated<DistrictFunding>>(f => f.Row.Year.Label),
            new DataColumn(
                Name: "n_schools",
                Type: "integer",
                Swedish: "Skolor med anslag.",
                English: "Schools with an allocation.")
            .Integer<Illustrated<DistrictFunding>>(f => f.Row.SchoolsWithAllocation),
            new DataColumn(
                Name: "mean_sek_per_pupil",
                Type: "number",
                Swedish: "Medelvärdet av anslaget per elev.",
                English: "Mean allocation per pupil.",
                Unit: Kronor)
            .Number<Illustrated<DistrictFunding>>(f => f.Row.MeanSekPerPupil, 0),
            MethodColumn.For<Illustrated<DistrictFunding>>(f => Codes.Method(
                f.Row.PupilWeighted ? MeanMethod.PupilWeighted : MeanMethod.Unweighted)),
            new DataColumn(
                Name: "pupils",
                Type: "integer",
                Swedish: "Elever i skolorna med anslag.",
                English: "Pupils in the schools with an allocation.")
            .Integer<Illustrated<DistrictFunding>>(f => f.Row.Pupils),
            new DataColumn(
                Name: "total_sek",
                Type: "number",
                Swedish: "Totalt anslag.",
                English: "Total allocation.",
                Unit: Kronor)
            .Number<Illustrated<DistrictFunding>>(f => f.Row.TotalSek, 0),
            new DataColumn(
                Name: "mean_socioeconomic_index",
                Type: "number",
                Swedish: "Elevviktat behovsindex.",
                English: "Pupil-weighted need index.")
            .Number<Illustrated<DistrictFunding>>(f => f.Row.MeanIndex, 1),
            IllustrativeColumn.For<Illustrated<DistrictFunding>>(f => Codes.Boolean(f.Illustrative)),
        ],
        ["area", "school_year"]);
}
