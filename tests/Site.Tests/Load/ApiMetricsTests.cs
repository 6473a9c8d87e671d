using Site.Diagnostics;
using Site.Load;
using Site.Model;

namespace Site.Tests.Load;

/// <summary>The teacher, test and eligibility series of statistics/gr, against the saved responses and hand-made
/// ones.</summary>
public class ApiMetricsTests
{
    private static ResultValue? Value(ApiResponses responses, string code, int year, SchoolMetric metric) =>
        responses.Metrics.SingleOrDefault(m => m.SchoolCode == code
            && m.Year == new SchoolYear(year)
            && m.Metric == metric)?.Value;

    [Fact]
    public void Rinkebyskolans_teachers_and_tests_are_read_as_the_api_writes_them()
    {
        var diagnostics = new DiagnosticBag();

        var responses = ApiResponseReader.Read(TestPaths.SavedApi, diagnostics);

        Assert.Empty(diagnostics.Items);
        // statistics-gr/37416253.json: "7,9" and "87,5" for 2024/25, specialTeacherPositions ".." that year.
        Assert.Equal(ResultValue.Reported(7.9m), Value(responses, "37416253", 2024, SchoolMetric.PupilsPerTeacher));
        Assert.Equal(
            ResultValue.Reported(87.5m),
            Value(responses, "37416253", 2024, SchoolMetric.CertifiedTeachersPct));
        Assert.Equal(ResultValue.Reported(15.0m), Value(responses, "37416253", 2024, SchoolMetric.SpecialEducatorsPct));
        Assert.Equal(
            ResultValue.Marker(ValueStatus.Suppressed),
            Value(responses, "37416253", 2024, SchoolMetric.SpecialTeacherPositions));
        Assert.Equal(ResultValue.Reported(5.2m), Value(responses, "37416253", 2024, SchoolMetric.TestMaths));
        Assert.Equal(
            ResultValue.Reported(56.9m),
            Value(responses, "37416253", 2024, SchoolMetric.EligibleScienceTechPct));
        Assert.Equal(ResultValue.Reported(8.1m), Value(responses, "37416253", 2025, SchoolMetric.PupilsPerTeacher));
        Assert.Contains(
            responses.Metrics,
            m => m.Value.Status == ValueStatus.TeachersExcluded && m.Metric == SchoolMetric.CertifiedTeachersPct);
        Assert.DoesNotContain(
            responses.Metrics,
            m => m.Value.Status == ValueStatus.TeachersExcluded && !SchoolMetricInfo.Of(m.Metric).IsStaff);
    }

    private static (ApiResponses Responses, DiagnosticBag Diagnostics) ReadOne(string body)
    {
        using var temp = TestPaths.Temp();
        Directory.CreateDirectory(Path.Combine(temp.Path, "statistics-gr"));
        File.WriteAllText(Path.Combine(temp.Path, "statistics-gr", "12345678.json"), body);
        var diagnostics = new DiagnosticBag();
        return (ApiResponseReader.Read(temp.Path, diagnostics), diagnostics);
    }

    [Fact]
    public void The_teachers_marker_is_a_status_of_its_own_and_a_missing_value_without_a_year_is_no_row()
    {
        var (responses, diagnostics) = ReadOne("""
            {"schoolUnit": "12345678",
             "certifiedTeachersQuota": [{"value": "*",
                 "valueType": "TEACHERS_EXCLUDED_DUE_TO_NO_REQUIRED_LEGITIMATION", "timePeriod": "2024/25"}],
             "specialTeacherPositions": [{"value": null, "valueType": "MISSING", "timePeriod": null}]}
            """);

        Assert.Empty(diagnostics.Items);
        var row = Assert.Single(responses.Metrics);
        Assert.Equal(ResultValue.Marker(ValueStatus.TeachersExcluded), row.Value);
        Assert.Equal("teachers_excluded", ValueStatusCodes.TidyCode(row.Value.Status));
    }

    [Fact]
    public void The_teachers_marker_on_a_test_grade_and_an_unknown_series_are_reported()
    {
        var (responses, diagnostics) = ReadOne("""
            {"schoolUnit": "12345678",
             "averageResultNationalTestsSubjectMA9thGrade": [{"value": "*",
                 "valueType": "TEACHERS_EXCLUDED_DUE_TO_NO_REQUIRED_LEGITIMATION", "timePeriod": "2024/25"}],
             "ratioOfPupilsWithNewThing": []}
            """);

        Assert.Empty(responses.Metrics);
        var error = Assert.Single(diagnostics.Items, d => d.Severity == Severity.Error);
        Assert.Contains("test_maths", error.Message, StringComparison.Ordinal);
        var warning = Assert.Single(diagnostics.Items, d => d.Severity == Severity.Warning);
        Assert.Equal("ratioOfPupilsWithNewThing", warning.Value);
    }
}
