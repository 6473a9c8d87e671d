using Site.Compute.Analysis;
using Site.Model;

namespace Site.Compute.Data;

/// <summary>
/// The tables under /data/: the school rows every figure is computed from, and the computed figures, so that anyone can
/// recompute a published figure with the methodology page alone. Pure: each table is its declaration over its rows.
/// </summary>
public static class DataTables
{
    public static IReadOnlyList<DataTable> Build(Dataset dataset, AnalysisResult analysis)
    {
        var illustrative = dataset.Allocation?.Illustrative == true;
        return
        [
            SchoolSpecs.Schools.Of(dataset.Schools),
            SchoolSpecs.SchoolResults.Of(ResultLines(dataset, analysis.EntryRule)),
            SchoolSpecs.SchoolBackground.Of(
                dataset.Schools.Select(s => dataset.BackgroundOf(s.Code)).OfType<BackgroundRow>()),
            SchoolSpecs.Similar.Of(analysis.Similar),
            MeanSpecs.Aggregates.Of(analysis.Aggregates),
            MeanSpecs.SocioeconomicGap.Of(analysis.SocioeconomicGaps),
            MeanSpecs.NeedGradient.Of(analysis.NeedGradients),
            TrendSpecs.Trends.Of(analysis.Trends),
            TrendSpecs.YearChanges.Of(analysis.YearChanges),
            OfficialSpecs.Official.Of(dataset.Official),
            OfficialSpecs.Reconciliation.Of(analysis.Reconciliations),
            ExpectedSpecs.Expected.Of(
                analysis.Expected
                    .OrderBy(e => e.SchoolCode, StringComparer.Ordinal)
                    .ThenBy(e => e.Year)
                    .ThenBy(e => e.Measure)),
            ExpectedSpecs.ExpectedModels.Of(analysis.Models),
            StaffSpecs.SchoolStaff.Of(dataset.Schools.SelectMany(s => dataset.MetricsOf(s.Code))),
            StaffSpecs.Means.Of(analysis.Staff.Means),
            StaffSpecs.ByNeed.Of(analysis.Staff.NeedGaps),
            StaffLineSpecs.Trends.Of(analysis.Staff.GapTrends),
            StaffLineSpecs.Lines.Of(analysis.Staff.Associations.Concat(analysis.Municipal.Lines)),
            MunicipalSpecs.Reports.Of(dataset.MunicipalRows.SelectMany(r => r.Values.Select((_, i) => (r, i)))),
            MunicipalSpecs.Figures.Of(analysis.Municipal.Figures),
            MoneySpecs.Allocation.Of(
                dataset.AllocationsBySchool
                    .OrderBy(p => p.Key, StringComparer.Ordinal)
                    .SelectMany(p => p.Value)
                    .Select(a => new Illustrated<AllocationRow>(a, illustrative))),
            MoneySpecs.Funding.Of(analysis.Funding.Select(f => new Illustrated<DistrictFunding>(f, illustrative))),
        ];
    }

    /// <summary>
    /// Each result with its entry, made again by the analysis' rule as the row is written: the analysis' own entries
    /// are not kept through the render for this one table.
    /// </summary>
    private static IEnumerable<SchoolResultLine> ResultLines(Dataset dataset, MeanEntryRule rule)
    {
        foreach (var school in dataset.Schools)
        {
            var pupils = rule.Pupils(dataset, school.Code);
            foreach (var result in dataset.ResultsOf(school.Code))
            {
                // The row's count is its entry's: the school's own count that year, taken from the counts read once
                // above, not looked up again among them for each of the 204,534 rows.
                var entry = rule.Entry(school.Code, result, pupils);
                yield return new SchoolResultLine(school, result, entry.Pupils, entry);
            }
        }
    }
}
