using Site.Diagnostics;
using Site.Load;
using Site.Model;

namespace Site.Tests.Load;

public class TidyMetricsReaderTests
{
    private const string Header = "school_code,school_year,measure,status,value\n";

    [Fact]
    public void Reads_numbers_and_every_status_including_the_teachers_marker()
    {
        var diagnostics = new DiagnosticBag();

        var rows = TidyMetricsReader.Read(
            "m.csv",
            Header + "37416253,2024/25,pupils_per_teacher,ok,7.9\n"
                + "37416253,2024/25,certified_teachers_pct,teachers_excluded,\n"
                + "37416253,2024/25,test_swedish,suppressed,\n",
            diagnostics);

        Assert.Empty(diagnostics.Items);
        Assert.Equal(
            [
                ResultValue.Reported(7.9m),
                ResultValue.Marker(ValueStatus.TeachersExcluded),
                ResultValue.Marker(ValueStatus.Suppressed)],
            rows.Select(r => r.Value));
        Assert.Equal(new SourceRef("m.csv", 2, 5), rows[0].Source);
    }

    [Theory]
    [InlineData("37416253,2024/25,test_maths,teachers_excluded,", 4, "teachers excluded")]
    [InlineData("37416253,2024/25,pupils_per_teacher,suppressed,7.9", 5, "must be empty")]
    [InlineData("37416253,2024/25,pupils_per_teacher,ok,7,9", 0, "")]
    [InlineData("37416253,2024/25,pupils_per_room,ok,7.9", 3, "unknown staff")]
    [InlineData("37416253,2024/25,test_english,ok,21.0", 5, "between")]
    [InlineData("37416253,2024/25,certified_teachers_pct,rounded_100,", 4, "'~100'")]
    public void A_bad_row_is_reported_with_its_column(string row, int column, string words)
    {
        var diagnostics = new DiagnosticBag();

        var rows = TidyMetricsReader.Read("m.csv", Header + row + "\n", diagnostics);

        Assert.Empty(rows);
        var error = Assert.Single(diagnostics.Items, d => d.Severity == Severity.Error);
        Assert.Equal(2, error.Where.Line);
        if (column > 0)
        {
            Assert.Equal(column, error.Where.Column);
            Assert.Contains(words, error.Message, StringComparison.Ordinal);
        }
    }
}
