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
        var (models, expected) = ExpectedVsActual.Compute(dataset);
        return new AnalysisResult(Analysis.Aggregates.Compute(dataset), Analysis.SocioeconomicGaps.Compute(dataset), models, expected, Analysis.Funding.Compute(dataset));
    }
}
