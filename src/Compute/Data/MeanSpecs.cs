using Site.Compute.Analysis;
using Site.Model;
using static Site.Compute.Data.SharedColumns;

namespace Site.Compute.Data;

/// <summary>The area means and the socioeconomic gap, each column with its accessor.</summary>
public static class MeanSpecs
{
    public static readonly TableOf<Aggregate> Aggregates = new(
        "aggregates", ("Medelvärden", "Means"),
        ("Medelvärden för staden och stadsdelsområdena.", "Means for the city and the districts."),
        [
            LevelColumn.For<Aggregate>(a => Codes.Level(a.Level)),
            AreaColumn.For<Aggregate>(a => a.Area.Slug),
            OrganizerColumn.For<Aggregate>(a => OrganizerSplits.Code(a.Organizer)),
            SchoolYearColumn.For<Aggregate>(a => a.Year.Label),
            MeasureColumn.For<Aggregate>(a => MeasureInfo.Of(a.Measure).Code),
            MethodColumn.For<Aggregate>(a => Codes.Method(a.Mean.Method)),
            new DataColumn(
                Name: "value",
                Type: "number",
                Swedish: "Medelvärdet av school_results.mean_value, avrundat en gång till en decimal; tomt när ingen "
                    + "skola har ett värde.",
                English: "The mean of school_results.mean_value, rounded once to one decimal; empty when no school has "
                    + "a value.")
            .Number<Aggregate>(a => a.Mean.Value, AreaMean.Decimals),
            new DataColumn(
                Name: "value_low",
                Type: "number",
                Swedish: "Samma medelvärde av mean_low: den lägsta möjliga när ~100-värden ingår.",
                English: "The same mean of mean_low: the lowest possible when ~100 values are included.")
            .Number<Aggregate>(a => a.Mean.Low, AreaMean.Decimals),
            new DataColumn(
                Name: "value_high",
                Type: "number",
                Swedish: "Samma medelvärde av mean_high: den högsta möjliga.",
                English: "The same mean of mean_high: the highest possible.")
            .Number<Aggregate>(a => a.Mean.High, AreaMean.Decimals),
            new DataColumn(
                Name: "n_schools",
                Type: "integer",
                Swedish: "Skolor med ett värde (eller ~100), som ingår i medelvärdet.",
                English: "Schools with a value (or ~100), included in the mean.")
            .Integer<Aggregate>(a => a.Mean.SchoolsIncluded),
            new DataColumn(
                Name: "n_schools_total",
                Type: "integer",
                Swedish: "Alla skolor i området med en rad för läsåret och måttet.",
                English: "All schools in the area with a row for the school year and measure.")
            .Integer<Aggregate>(a => a.Mean.SchoolsTotal),
            new DataColumn(
                Name: "n_pupils",
                Type: "integer",
                Swedish: "Elever i årskurs 9 i de skolor som ingår, när elevantal finns.",
                English: "Grade 9 pupils in the included schools, when pupil numbers exist.")
            .Integer<Aggregate>(a => a.Mean.PupilsIncluded),
            new DataColumn(
                Name: "n_pupils_total",
                Type: "integer",
                Swedish: "Elever i årskurs 9 i alla skolor med en rad, när elevantal finns.",
                English: "Grade 9 pupils in all schools with a row, when pupil numbers exist.")
            .Integer<Aggregate>(a => a.Mean.PupilsTotal),
            new DataColumn(
                Name: "gap_to_city",
                Type: "number",
                Swedish: "value minus stadens value (samma huvudman, läsår, mått och metod).",
                English: "value minus the city's value (same organizer, school year, measure and method).")
            .Number<Aggregate>(a => a.GapToCity, AreaMean.Decimals),
        ],
        ["level", "area", "organizer", "school_year", "measure", "method"]);

    public static readonly TableOf<SocioeconomicGap> SocioeconomicGap = new(
        "socioeconomic_gap", ("Socioekonomisk skillnad", "Socioeconomic gap"),
        (
            "Medelvärdet för skolorna med störst behov minus skolorna med minst behov.",
            "The mean of the schools with the greatest need minus those with the least."),
        [
            OrganizerColumn.For<SocioeconomicGap>(g => OrganizerSplits.Code(g.Organizer)),
            SchoolYearColumn.For<SocioeconomicGap>(g => g.Year.Label),
            MeasureColumn.For<SocioeconomicGap>(g => MeasureInfo.Of(g.Measure).Code),
            new DataColumn(
                Name: "lower_quartile_index",
                Type: "number",
                Swedish: "Nedre kvartilen av behovsindex.",
                English: "The need index's lower quartile.")
            .Number<SocioeconomicGap>(g => g.LowerQuartileIndex, 2),
            new DataColumn(
                Name: "upper_quartile_index",
                Type: "number",
                Swedish: "Övre kvartilen av behovsindex.",
                English: "The need index's upper quartile.")
            .Number<SocioeconomicGap>(g => g.UpperQuartileIndex, 2),
            MethodColumn.For<SocioeconomicGap>(g => Codes.Method(g.HighNeed.Method)),
            new DataColumn(
                Name: "high_need_mean",
                Type: "number",
                Swedish: "Medelvärdet för skolorna med index på eller över övre kvartilen.",
                English: "Mean of the schools with an index at or above the upper quartile.")
            .Number<SocioeconomicGap>(g => g.HighNeed.Value, AreaMean.Decimals),
            new DataColumn(
                Name: "high_need_n_schools",
                Type: "integer",
                Swedish: "Skolor i det medelvärdet.",
                English: "Schools in that mean.")
            .Integer<SocioeconomicGap>(g => g.HighNeed.SchoolsIncluded),
            new DataColumn(
                Name: "low_need_mean",
                Type: "number",
                Swedish: "Medelvärdet för skolorna med index på eller under nedre kvartilen.",
                English: "Mean of the schools with an index at or below the lower quartile.")
            .Number<SocioeconomicGap>(g => g.LowNeed.Value, AreaMean.Decimals),
            new DataColumn(
                Name: "low_need_n_schools",
                Type: "integer",
                Swedish: "Skolor i det medelvärdet.",
                English: "Schools in that mean.")
            .Integer<SocioeconomicGap>(g => g.LowNeed.SchoolsIncluded),
            new DataColumn(
                Name: "gap",
                Type: "number",
                Swedish: "high_need_mean − low_need_mean.",
                English: "high_need_mean − low_need_mean.")
            .Number<SocioeconomicGap>(g => g.Gap, AreaMean.Decimals),
        ],
        ["organizer", "school_year", "measure", "method"]);

    public static readonly TableOf<NeedGradient> NeedGradient = new(
        "need_gradient", ("Resultat och behovsindex", "Results and the need index"),
        (
            "Den räta linjen genom skolornas värden mot deras behovsindex, per läsår och mått.",
            "The straight line through the schools' values against their need index, by school year and measure."),
        [
            SchoolYearColumn.For<NeedGradient>(g => g.Year.Label),
            MeasureColumn.For<NeedGradient>(g => MeasureInfo.Of(g.Measure).Code),
            new DataColumn(
                Name: "n_schools",
                Type: "integer",
                Swedish: "Skolor med både behovsindex och ett redovisat värde (varje skola väger lika).",
                English: "Schools with both a need index and a published value (every school counts once).")
            .Integer<NeedGradient>(g => g.Schools),
            new DataColumn(
                Name: "intercept",
                Type: "number",
                Swedish: "Linjens värde vid behovsindex 0 (minsta kvadratmetoden).",
                English: "The line's value at need index 0 (least squares).")
            .Number<NeedGradient>(g => g.Intercept, Analysis.NeedGradient.Decimals),
            new DataColumn(
                Name: "slope_per_index_point",
                Type: "number",
                Swedish: "Hur mycket värdet i genomsnitt ändras per enhet högre behovsindex; sidorna visar det per 10 "
                    + "enheter.",
                English: "How much the value changes on average per point of need index; the pages show it per 10 "
                    + "points.")
            .Number<NeedGradient>(g => g.Slope, Analysis.NeedGradient.Decimals),
        ],
        ["school_year", "measure"]);
}
