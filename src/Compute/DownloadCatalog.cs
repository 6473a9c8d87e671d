using Site.Compute.Views;

namespace Site.Compute;

/// <summary>The CSV files published under /data/, with what each holds; the render stage writes them under these names.</summary>
public static class DownloadCatalog
{
    public const string SchoolResults = "school_results.csv";
    public const string SchoolBackground = "school_background.csv";
    public const string Aggregates = "aggregates.csv";
    public const string SocioeconomicGap = "socioeconomic_gap.csv";
    public const string Expected = "expected.csv";
    public const string Allocation = "allocation.csv";
    public const string Funding = "funding.csv";

    public static string Href(string file) => "/data/" + file;

    public static TableView Table(Texts.Texts t) => new(
        t.Pick("Filerna", "The files"),
        [t.Pick("Fil", "File"), t.Pick("Innehåll", "Contents")],
        [
            Row(t, SchoolResults, "Varje skolas värden per läsår och mått, med status (ok, suppressed = .., missing = ., rounded_100 = ~100), område, huvudman och elevantal.", "Every school's values by school year and measure, with status (ok, suppressed = .., missing = ., rounded_100 = ~100), district, organizer and pupils."),
            Row(t, SchoolBackground, "Andelen elever med högutbildade föräldrar och med utländsk bakgrund, och behovsindex, per skola.", "The shares of pupils with highly educated parents and with foreign background, and the need index, per school."),
            Row(t, Aggregates, "Medelvärden för staden och stadsdelsområdena per huvudman, läsår och mått, med metod, antal skolor och skillnad mot staden.", "Means for the city and the districts by organizer, school year and measure, with method, number of schools and difference from the city."),
            Row(t, SocioeconomicGap, "Skillnaden mellan skolorna med störst och minst behov per läsår, mått och huvudman.", "The gap between the schools with the greatest and the least need by school year, measure and organizer."),
            Row(t, Expected, "Faktiskt och förväntat värde, skillnad och 95-procentigt intervall per skola, läsår och mått.", "Actual and expected value, difference and 95 % interval per school, school year and measure."),
            Row(t, Allocation, "Tilläggsanslaget per skola (illustrativa belopp när kolumnen illustrative är true).", "The allocation per school (illustrative amounts when the illustrative column is true)."),
            Row(t, Funding, "Tilläggsanslaget per område och läsår, elevviktat.", "The allocation per area and school year, pupil-weighted."),
        ],
        t.Pick("CSV enligt RFC 4180, UTF-8, kommatecken mellan fälten och punkt som decimaltecken. Tomt värde betyder att talet inte finns; statuskolumnen säger varför.", "CSV per RFC 4180, UTF-8, comma-separated with a decimal point. An empty value means there is no number; the status column says why."));

    private static TableRowView Row(Texts.Texts t, string file, string swedish, string english) =>
        new(file, Href(file), [FigureCell.Words(t.Pick(swedish, english))]);
}
