using Site.Compute;
using Site.Compute.Texts;
using Site.Model;

namespace Site.Tests.Compute;

public class SourceViewsTests
{
    private static readonly SchoolYear Year = new(2024);

    private static SchoolResult Result(Measure measure, params string[] files) =>
        new(
            "11111111",
            Year,
            measure,
            ResultValue.Reported(200m),
            new SourceRef(files[0], 2),
            files.Length > 1 ? [.. files.Skip(1).Select(f => new SourceRef(f, 2))] : null);

    [Fact]
    public void A_school_cites_each_file_once_by_path_with_the_words_made_once_for_every_page()
    {
        var export = new SourceFile(
            "/data/results/b-export.csv",
            "Slutbetyg årskurs 9",
            [Year],
            Published: "2025-09-30");
        var api = new SourceFile("/data/results/a-api.csv", SourceFile.ApiReportName, [Year]);
        var sources = new SourceViews([export, api], Texts.Swedish);
        SchoolResult[] results =
        [
            Result(Measure.MeritValue, export.Path, api.Path),
            Result(Measure.AllSubjectsPassedPct, export.Path),
        ];
        PupilCount[] pupils = [new(
            "11111111",
            Year,
            ResultValue.Reported(51m),
            new SourceRef("/data/x/unknown.csv", 3))];

        var cited = sources.Of(results, pupils);
        var again = sources.Of(results, []);

        Assert.Equal(["a-api.csv", "b-export.csv", "unknown.csv"], cited.Select(s => s.FileName));
        Assert.Equal([SourceFile.ApiReportName, "Slutbetyg årskurs 9", ""], cited.Select(s => s.ReportName));
        Assert.Contains("2025-09-30", cited[1].What);
        Assert.Equal("", cited[2].What);
        Assert.Same(cited[0], again[0]);
        Assert.Same(cited[1], again[1]);
    }
}
