namespace Site.Compute.Analysis;

/// <summary>Everything the analysis computes from the dataset, computed once and read by the page builders and the CSV writers.</summary>
public sealed record AnalysisResult(
    IReadOnlyList<Aggregate> Aggregates,
    IReadOnlyList<SocioeconomicGap> SocioeconomicGaps,
    IReadOnlyList<ExpectedModel> Models,
    IReadOnlyList<ExpectedResult> Expected,
    IReadOnlyList<DistrictFunding> Funding)
{
    public static AnalysisResult Compute(Model.Dataset dataset)
    {
        // The parts are independent: they run side by side, after the entries they share are read once.
        _ = MeanEntries.Of(dataset);
        var aggregates = Task.Run(() => Analysis.Aggregates.Compute(dataset));
        var gaps = Task.Run(() => Analysis.SocioeconomicGaps.Compute(dataset));
        var fits = Task.Run(() => ExpectedVsActual.Compute(dataset));
        var funding = Analysis.Funding.Compute(dataset);
        var (models, expected) = fits.Result;
        return new AnalysisResult(aggregates.Result, gaps.Result, models, expected, funding);
    }
}
