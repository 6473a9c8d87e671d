using Site.Diagnostics;
using Site.Load;
using Site.Model;

namespace Site.Tests.Load;

public class ApiResponseReaderTests
{
    [Fact]
    public void Reads_the_saved_responses_for_stockholm()
    {
        var diagnostics = new DiagnosticBag();

        var responses = ApiResponseReader.Read(TestPaths.SavedApi, diagnostics);

        Assert.Empty(diagnostics.Items);
        Assert.Equal(152, responses.SchoolUnits.Count);
        var merit = responses.Results
            .Where(r => r.SchoolCode == "99648792" && r.Measure == Measure.MeritValue)
            .OrderBy(r => r.Year)
            .Select(r => r.Value.Number)
            .ToList();
        Assert.Equal([283.2m, 283.8m, 283.7m, 288.5m, 299.1m], merit);
        Assert.Contains(responses.Results, r => r.Value.Status == ValueStatus.Suppressed);
        Assert.Contains(
            responses.Results,
            r => r.Value.Status == ValueStatus.RoundedNear100 && r.Measure == Measure.EligibleVocationalPct);
        Assert.DoesNotContain(
            responses.Results,
            r => r.Value.Status == ValueStatus.RoundedNear100 && r.Measure == Measure.MeritValue);
    }
}
