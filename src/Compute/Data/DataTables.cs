using Site.Compute.Analysis;
using Site.Model;

namespace Site.Compute.Data;

/// <summary>
/// The tables under /data/: the school rows every figure is computed from, and the computed figures, so that anyone can
/// recompute a published aggregate with the methodology page alone. Pure: rows as invariant text, in the specs' column order.
/// </summary>
public static class DataTables
{
    public static IReadOnlyList<DataTable> Build(Dataset dataset, AnalysisResult analysis) =>
    [
        new(DataSpecs.Schools, SchoolsRows(dataset)),
        new(DataSpecs.SchoolResults, SchoolResults(dataset)),
        new(DataSpecs.SchoolBackground, SchoolBackground(dataset)),
        new(DataSpecs.Aggregates, AggregatesCsv(analysis)),
        new(DataSpecs.SocioeconomicGap, Gaps(analysis)),
        new(TrendSpecs.Trends, TrendRows(analysis)),
        new(TrendSpecs.YearChanges, ChangeRows(analysis)),
        new(OfficialSpecs.Official, OfficialRows.Figures(dataset)),
        new(OfficialSpecs.Reconciliation, OfficialRows.Reconciliations(analysis)),
        new(DataSpecs.Expected, Expected(analysis)),
        new(TrendSpecs.ExpectedModels, Models(analysis)),
        new(DataSpecs.Allocation, Allocation(dataset)),
        new(DataSpecs.Funding, FundingCsv(dataset, analysis)),
    ];

    private static IEnumerable<IReadOnlyList<string>> SchoolsRows(Dataset dataset) =>
        dataset.Schools.Select(s =>
        {
            var district = s.District;
            return (IReadOnlyList<string>)[s.Code, s.Name, s.MunicipalityCode, OrganizerTypeCodes.Code(s.Organizer), district?.Slug ?? "", district?.Name ?? "", s.SuccessorCode ?? ""];
        });

    private static IEnumerable<IReadOnlyList<string>> SchoolResults(Dataset dataset)
    {
        var entries = MeanEntries.Of(dataset);
        return dataset.Schools.SelectMany(s => dataset.ResultsOf(s.Code).Select(r =>
        {
            var entry = entries.Of(s.Code, r.Year, r.Measure);
            return (IReadOnlyList<string>)
            [
                s.Code, s.Name, s.District?.Slug ?? "", OrganizerTypeCodes.Code(s.Organizer),
                r.Year.Label, MeasureInfo.Of(r.Measure).Code, ValueStatusCodes.TidyCode(r.Value.Status), Invariant.Number(r.Value.Number, 1),
                Invariant.Integer(dataset.PupilCountOf(s.Code, r.Year)?.Count.Number is { } n ? (int)n : null),
                Invariant.Number(entry?.Input?.Central, 1), Invariant.Number(entry?.Input?.Low, 1), Invariant.Number(entry?.Input?.High, 1),
                Invariant.Integer(entry?.BoundPupils), BasisCode(entry?.Basis ?? BoundBasis.None),
            ];
        }));
    }

    public static string BasisCode(BoundBasis basis) => basis switch
    {
        BoundBasis.Count => "count",
        BoundBasis.NearestYear => "nearest_year_count",
        BoundBasis.Median => "median_count",
        BoundBasis.Minimum => "smallest_published_group",
        _ => "",
    };

    private static IEnumerable<IReadOnlyList<string>> SchoolBackground(Dataset dataset) =>
        dataset.Schools.Select(s => dataset.BackgroundOf(s.Code)).OfType<BackgroundRow>().Select(b => (IReadOnlyList<string>)
        [
            b.SchoolCode, b.Year.Label, Cell(b.ParentsPostSecondaryPct), Cell(b.ForeignBackgroundPct), Invariant.Number(NeedIndex.Of(b), 2), Cell(b.Pupils, 0),
        ]);

    private static IEnumerable<IReadOnlyList<string>> AggregatesCsv(AnalysisResult analysis) =>
        analysis.Aggregates.Select(a => (IReadOnlyList<string>)
        [
            LevelCode(a.Level), a.Area, OrganizerSplits.Code(a.Organizer), a.Year.Label, MeasureInfo.Of(a.Measure).Code,
            Method(a.Mean.Method), Invariant.Number(a.Mean.Value, AreaMean.Decimals), Invariant.Number(a.Mean.Low, AreaMean.Decimals),
            Invariant.Number(a.Mean.High, AreaMean.Decimals), Invariant.Integer(a.Mean.SchoolsIncluded), Invariant.Integer(a.Mean.SchoolsTotal),
            Invariant.Integer(a.Mean.PupilsIncluded), Invariant.Integer(a.Mean.PupilsTotal), Invariant.Number(a.GapToCity, AreaMean.Decimals),
        ]);

    private static IEnumerable<IReadOnlyList<string>> Gaps(AnalysisResult analysis) =>
        analysis.SocioeconomicGaps.Select(g => (IReadOnlyList<string>)
        [
            OrganizerSplits.Code(g.Organizer), g.Year.Label, MeasureInfo.Of(g.Measure).Code, Invariant.Number(g.LowerQuartileIndex, 2), Invariant.Number(g.UpperQuartileIndex, 2),
            Method(g.HighNeed.Method), Invariant.Number(g.HighNeed.Value, AreaMean.Decimals), Invariant.Integer(g.HighNeed.SchoolsIncluded),
            Invariant.Number(g.LowNeed.Value, AreaMean.Decimals), Invariant.Integer(g.LowNeed.SchoolsIncluded), Invariant.Number(g.Gap, AreaMean.Decimals),
        ]);

    private static IEnumerable<IReadOnlyList<string>> TrendRows(AnalysisResult analysis) =>
        analysis.Trends.Select(s => (IReadOnlyList<string>)
        [
            LevelCode(s.Level), s.Area, OrganizerSplits.Code(s.Organizer), MeasureInfo.Of(s.Measure).Code, QuantityCode(s.Quantity),
            s.Level == AreaLevel.School ? "" : Method(s.Method), s.Trend.First?.Label ?? "", s.Trend.Last?.Label ?? "", Invariant.Integer(s.Trend.Points),
            Invariant.Number(s.Trend.Slope, Trend.Decimals), Invariant.Number(s.Trend.StandardError, Trend.Decimals), Invariant.Number(s.Trend.TCritical, Trend.TDecimals),
            Invariant.Number(s.Trend.SlopeLow, Trend.Decimals), Invariant.Number(s.Trend.SlopeHigh, Trend.Decimals), VerdictCode(s.Trend.Verdict),
            s.GapVerdict is { } g ? GapVerdictCode(g) : "",
        ]);

    private static IEnumerable<IReadOnlyList<string>> ChangeRows(AnalysisResult analysis) =>
        analysis.YearChanges.Select(c => (IReadOnlyList<string>)
        [
            LevelCode(c.Level), c.Area, OrganizerSplits.Code(c.Organizer), MeasureInfo.Of(c.Measure).Code, c.From.Label, c.To.Label, Method(c.Method),
            Invariant.Integer(c.Schools), Invariant.Number(c.FromMean, AreaMean.Decimals), Invariant.Number(c.ToMean, AreaMean.Decimals), Invariant.Number(c.Change, AreaMean.Decimals),
        ]);

    public static string LevelCode(AreaLevel level) => level switch
    {
        AreaLevel.City => "city",
        AreaLevel.District => "district",
        _ => "school",
    };

    public static string QuantityCode(TrendQuantity quantity) => quantity switch
    {
        TrendQuantity.GapToCity => "gap_to_city",
        TrendQuantity.SocioeconomicGap => "socioeconomic_gap",
        _ => "value",
    };

    public static string VerdictCode(TrendVerdict verdict) => verdict switch
    {
        TrendVerdict.Increasing => "increasing",
        TrendVerdict.Decreasing => "decreasing",
        _ => "no_clear_change",
    };

    public static string GapVerdictCode(TrendVerdict verdict) => verdict switch
    {
        TrendVerdict.Increasing => "widening",
        TrendVerdict.Decreasing => "narrowing",
        _ => "no_clear_change",
    };

    private static IEnumerable<IReadOnlyList<string>> Expected(AnalysisResult analysis) =>
        analysis.Expected.OrderBy(e => e.SchoolCode, StringComparer.Ordinal).ThenBy(e => e.Year).ThenBy(e => e.Measure).Select(e => (IReadOnlyList<string>)
        [
            e.SchoolCode, e.Year.Label, MeasureInfo.Of(e.Measure).Code, Invariant.Number(e.Actual, 1), Method(e.Method), Invariant.Integer(e.Pupils),
            Invariant.Number(e.Expected, ExpectedResult.Decimals), Invariant.Number(e.Residual, ExpectedResult.Decimals),
            Invariant.Number(e.VarianceFactor, ExpectedResult.VarianceDecimals), Invariant.Number(e.HalfWidth, ExpectedResult.Decimals),
            Invariant.Number(e.IntervalLow, ExpectedResult.Decimals), Invariant.Number(e.IntervalHigh, ExpectedResult.Decimals), Label(e.Label),
        ]);

    private static IEnumerable<IReadOnlyList<string>> Models(AnalysisResult analysis) =>
        analysis.Models.Select(m => (IReadOnlyList<string>)
        [
            m.Year.Label, MeasureInfo.Of(m.Measure).Code, Method(m.Method), Invariant.Integer(m.Model.Observations),
            Invariant.Number((decimal)m.Model.Coefficients[0], ExpectedVsActual.CoefficientDecimals), Invariant.Number((decimal)m.Model.Coefficients[1], ExpectedVsActual.CoefficientDecimals),
            Invariant.Number((decimal)m.Model.Coefficients[2], ExpectedVsActual.CoefficientDecimals),
            Invariant.Number((decimal)m.Model.ResidualStandardDeviation, ExpectedVsActual.ResidualDecimals), Invariant.Number((decimal)m.Model.RSquared, 3),
            Invariant.Number((decimal)StudentT.Critical95(m.Model.DegreesOfFreedom), Trend.TDecimals),
        ]);

    private static IEnumerable<IReadOnlyList<string>> Allocation(Dataset dataset) =>
        dataset.AllocationsBySchool.OrderBy(p => p.Key, StringComparer.Ordinal).SelectMany(p => p.Value).Select(a => (IReadOnlyList<string>)
        [
            a.SchoolCode, a.Year.Label, Invariant.Number(a.SocioeconomicIndex, 1), Invariant.Number(a.SekPerPupil, 0), Invariant.Integer(a.Pupils), dataset.Allocation?.Illustrative == true ? "true" : "false",
        ]);

    private static IEnumerable<IReadOnlyList<string>> FundingCsv(Dataset dataset, AnalysisResult analysis) =>
        analysis.Funding.Select(f => (IReadOnlyList<string>)
        [
            f.Area, f.Year.Label, Invariant.Integer(f.SchoolsWithAllocation), Invariant.Number(f.MeanSekPerPupil, 0), Method(f.PupilWeighted ? MeanMethod.PupilWeighted : MeanMethod.Unweighted),
            Invariant.Integer(f.Pupils), Invariant.Number(f.TotalSek, 0), Invariant.Number(f.MeanIndex, 1), dataset.Allocation?.Illustrative == true ? "true" : "false",
        ]);

    public static string Method(MeanMethod method) => method == MeanMethod.PupilWeighted ? "pupil_weighted" : "unweighted";

    public static string Label(ExpectedLabel label) => label switch
    {
        ExpectedLabel.ClearlyAbove => "clearly_above",
        ExpectedLabel.ClearlyBelow => "clearly_below",
        _ => "within_expected",
    };

    private static string Cell(ResultValue value, int decimals = 1) => value.Number is { } n ? Invariant.Number(n, decimals) : ValueStatusCodes.Marker(value.Status);
}
