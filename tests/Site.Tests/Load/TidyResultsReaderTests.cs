using Site.Diagnostics;
using Site.Load;
using Site.Model;

namespace Site.Tests.Load;

public class TidyResultsReaderTests
{
    [Fact]
    public void Reads_values_and_statuses()
    {
        var path = Path.Combine(TestPaths.Small, "results", "history.csv");
        var diagnostics = new DiagnosticBag();

        var file = TidyResultsReader.Read(path, File.ReadAllText(path), diagnostics);

        Assert.Empty(diagnostics.Items);
        Assert.Equal(8, file.Results.Count);
        Assert.Equal([new SchoolYear(2023), new SchoolYear(2024)], file.Years);
        Assert.Equal(ResultValue.Reported(245.0m), file.Results[0].Value);
        Assert.Equal(ResultValue.Marker(ValueStatus.Missing), file.Results[2].Value);
        Assert.Equal(ResultValue.Marker(ValueStatus.RoundedNear100), file.Results[6].Value);
        Assert.Null(file.Results[0].MunicipalityCode);
        Assert.Equal(new SourceRef(path, 2, 5), file.Results[0].Source);
    }
}
