namespace Site.Compute.Analysis;

/// <summary>
/// Everything the analysis computes from the dataset, computed once and read by the page builders and the CSV writers:
/// every mean, gap, change, trend and expected value a page, chart or file shows comes from here.
/// </summary>
public sealed record AnalysisResult(
    IReadOnlyList<Aggregate> Aggregates,
    IReadOnlyList<SocioeconomicGap> SocioeconomicGaps,
    IReadOnlyList<ExpectedModel> Models,
    IReadOnlyList<ExpectedResult> Expected,
    IReadOnlyList<DistrictFunding> Funding,
    IReadOnlyList<SeriesTrend> Trends,
    IReadOnlyList<YearChange> YearChanges,
    IReadOnlyList<Reconciliation> Reconciliations)
{
    public static AnalysisResult Compute(Model.Dataset dataset)
    {
        // The parts are independent: they run side by side, after the entries they share are read once. Trends read the
        // published means and gaps, so they come last.
        _ = MeanEntries.Of(dataset);
        var aggregates = Task.Run(() => Analysis.Aggregates.Compute(dataset));
        var gaps = Task.Run(() => Analysis.SocioeconomicGaps.Compute(dataset));
        var fits = Task.Run(() => ExpectedVsActual.Compute(dataset));
        var changes = Task.Run(() => Analysis.YearChanges.Compute(dataset));
        var funding = Analysis.Funding.Compute(dataset);
        var trends = SeriesTrends.Compute(dataset, aggregates.Result, gaps.Result);
        var reconciliations = Analysis.Reconciliations.Compute(dataset, aggregates.Result);
        var (models, expected) = fits.Result;
        return new AnalysisResult(
            Aggregates: aggregates.Result,
            SocioeconomicGaps: gaps.Result,
            Models: models,
            Expected: expected,
            Funding: funding,
            Trends: trends,
            YearChanges: changes.Result,
            Reconciliations: reconciliations);
    }
}
