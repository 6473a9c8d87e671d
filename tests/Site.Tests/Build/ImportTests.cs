using Site.Import;
using Site.Load;

namespace Site.Tests.Build;

public class ImportTests
{
    [Fact]
    public void Importing_the_saved_api_responses_reproduces_the_default_data()
    {
        using var temp = TestPaths.Temp();
        var data = temp.Copy(TestPaths.RealData, "data");
        var log = new StringWriter();

        var code = ImportCommand.Run(TestPaths.SavedApi, data, log);

        Assert.Equal(0, code);
        Assert.Equal(
            File.ReadAllBytes(Path.Combine(TestPaths.RealData, "results", ImportCommand.ResultsFileName)),
            File.ReadAllBytes(Path.Combine(data, "results", ImportCommand.ResultsFileName)));
        Assert.Equal(
            File.ReadAllBytes(Path.Combine(TestPaths.RealData, LoadInputs.SchoolsFile)),
            File.ReadAllBytes(Path.Combine(data, LoadInputs.SchoolsFile)));
    }

    [Fact]
    public void A_bad_response_stops_the_import_before_anything_is_written()
    {
        using var temp = TestPaths.Temp();
        var api = Path.Combine(temp.Path, "api");
        Directory.CreateDirectory(Path.Combine(api, "statistics-gr"));
        File.WriteAllText(
            Path.Combine(api, "statistics-gr", "11111111.json"),
            """
            {"schoolUnit":"11111111","averageGradesMeritRating9thGrade":
            [{"value":"NaN","valueType":"EXISTS","timePeriod":"2024/25"}]}
            """);
        var data = Path.Combine(temp.Path, "data");
        var log = new StringWriter();

        var code = ImportCommand.Run(api, data, log);

        Assert.Equal(1, code);
        Assert.Contains(
            "11111111.json:1: error: merit_value is not a number with decimal comma (value: 'NaN')",
            log.ToString());
        Assert.False(Directory.Exists(data));
    }
}
