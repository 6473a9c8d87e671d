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
    IReadOnlyList<Reconciliation> Reconciliations,
    IReadOnlyList<AreaSpread> Spreads,
    IReadOnlyList<NeedGradient> NeedGradients,
    MeanEntryRule EntryRule)
{
    /// <summary>Each school's most alike schools by intake.</summary>
    public IReadOnlyList<SimilarSchool> Similar { get; init; } = [];

    /// <summary>The teachers', national tests' and eligibility figures.</summary>
    public Staff.StaffAnalysis Staff { get; init; } = Analysis.Staff.StaffAnalysis.Empty;

    /// <summary>The municipalities' spending and teachers against the others'.</summary>
    public Municipal.MunicipalAnalysis Municipal { get; init; } = Analysis.Municipal.MunicipalAnalysis.Empty;

    public static AnalysisResult Compute(Model.Dataset dataset) => Compute(dataset, new MeanEntries(dataset));

    /// <param name="entries">The entries the build read once for the analysis and the change files.</param>
    /// <param name="cache">A preview session's last analysis, of which what this one would compute the same is
    /// kept.</param>
    public static AnalysisResult Compute(Model.Dataset dataset, MeanEntries entries, AnalysisCache? cache = null)
    {
        cache?.Begin(dataset, entries);
        // The parts are independent: they run side by side, after the entries they share are read once. Trends read the
        // published means and gaps, so they come last.
        var aggregates = Task.Run(() => Analysis.Aggregates.Compute(dataset, entries, cache));
        var gaps = Task.Run(() => Analysis.SocioeconomicGaps.Compute(dataset, entries));
        var fits = Task.Run(() => ExpectedVsActual.Compute(dataset));
        var changes = Task.Run(() => Analysis.YearChanges.Compute(dataset, entries, cache));
        var spreads = Task.Run(() => AreaSpreads.Compute(dataset, cache));
        var gradients = Task.Run(() => Analysis.NeedGradients.Compute(dataset));
        var similar = Task.Run(() => SimilarSchools.Compute(dataset));
        var municipal = Task.Run(() => Analysis.Municipal.MunicipalAnalysis.Compute(dataset));
        var schoolTrends = Task.Run(() => SeriesTrends.Schools(dataset, cache));
        var funding = Analysis.Funding.Compute(dataset);
        var trends = SeriesTrends.Compute(dataset, aggregates.Result, gaps.Result, schoolTrends.Result);
        var reconciliations = Analysis.Reconciliations.Compute(dataset, aggregates.Result);
        var (models, expected) = fits.Result;
        var staff = Analysis.Staff.StaffAnalysis.Compute(dataset, expected);
        return new AnalysisResult(
            Aggregates: aggregates.Result,
            SocioeconomicGaps: gaps.Result,
            Models: models,
            Expected: expected,
            Funding: funding,
            Trends: trends,
            YearChanges: changes.Result,
            Reconciliations: reconciliations,
            Spreads: spreads.Result,
            NeedGradients: gradients.Result,
            EntryRule: entries.Rule)
        {
            Similar = similar.Result,
            Staff = staff,
            Municipal = municipal.Result,
        };
    }
}
