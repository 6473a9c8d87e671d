using Site.Compute.Analysis;
using Site.Load;
using Site.Model;

namespace Site.Compute.Data;

/// <summary>The rows of official.csv and reconciliation.csv, in <see cref="OfficialSpecs"/>' column order.</summary>
public static class OfficialRows
{
    public static IEnumerable<IReadOnlyList<string>> Figures(Dataset dataset) =>
        dataset.Official.Select(f => (IReadOnlyList<string>)
        [
            f.MunicipalityCode, f.MunicipalityName, OrganizerCode(f.Organizer), f.Year.Label, OfficialIndicators.Code(f.Indicator),
            ValueStatusCodes.TidyCode(f.Value.Status), Invariant.Number(f.Value.Number, f.Indicator == OfficialIndicator.Pupils ? 0 : 1), f.Publication.Label,
        ]);

    public static IEnumerable<IReadOnlyList<string>> Reconciliations(AnalysisResult analysis) =>
        analysis.Reconciliations.Select(r => (IReadOnlyList<string>)
        [
            r.MunicipalityCode, r.Area, OrganizerSplits.Code(r.Organizer), r.Year.Label, MeasureInfo.Of(r.Measure).Code,
            ValueStatusCodes.TidyCode(r.Official.Value.Status), Invariant.Number(r.Official.Value.Number, 1), Invariant.Integer(r.OfficialPupils),
            DataTables.Method(r.Recomputed.Method), Invariant.Number(r.Recomputed.Value, AreaMean.Decimals), Invariant.Number(r.Recomputed.Low, AreaMean.Decimals),
            Invariant.Number(r.Recomputed.High, AreaMean.Decimals), Invariant.Integer(r.Recomputed.PupilsIncluded), Invariant.Number(r.Difference, AreaMean.Decimals),
            r.Exceeds is { } e ? (e ? "true" : "false") : "",
        ]);

    public static string OrganizerCode(OrganizerType? organizer) => organizer switch
    {
        OrganizerType.Municipal => "municipal",
        OrganizerType.Independent => "independent",
        _ => "all",
    };
}
