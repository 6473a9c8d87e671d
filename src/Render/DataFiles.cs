using Site.Compute;
using Site.Compute.Analysis;
using Site.Model;

namespace Site.Render;

/// <summary>
/// The CSV files under /data/: the school rows every figure is computed from, and the computed figures, so that anyone can
/// recompute a published aggregate with the methodology page alone. RFC 4180, UTF-8, decimal point.
/// </summary>
public static class DataFiles
{
    public static IReadOnlyList<OutputFile> Build(Dataset dataset, AnalysisResult analysis) =>
    [
        new(Path(DownloadCatalog.SchoolResults), SchoolResults(dataset)),
        new(Path(DownloadCatalog.SchoolBackground), SchoolBackground(dataset)),
        new(Path(DownloadCatalog.Aggregates), AggregatesCsv(analysis)),
        new(Path(DownloadCatalog.SocioeconomicGap), Gaps(analysis)),
        new(Path(DownloadCatalog.Expected), Expected(analysis)),
        new(Path(DownloadCatalog.Allocation), Allocation(dataset)),
        new(Path(DownloadCatalog.Funding), FundingCsv(dataset, analysis)),
    ];

    private static byte[] SchoolResults(Dataset dataset) =>
        CsvText.Write(
            ["school_code", "school_name", "district", "organizer", "school_year", "measure", "status", "value", "pupils"],
            dataset.Schools.SelectMany(s => dataset.ResultsOf(s.Code).Select(r => (IReadOnlyList<string>)
            [
                s.Code, s.Name, dataset.Districts.FirstOrDefault(d => d.Name == s.DistrictName)?.Slug ?? "", Organizer(s.Organizer),
                r.Year.Label, MeasureInfo.Of(r.Measure).Code, ValueStatusCodes.TidyCode(r.Value.Status), Invariant.Number(r.Value.Number, 1),
                Invariant.Integer(dataset.PupilsOf(s.Code).FirstOrDefault(p => p.Year == r.Year)?.Count.Number is { } n ? (int)n : null),
            ])));

    private static byte[] SchoolBackground(Dataset dataset) =>
        CsvText.Write(
            ["school_code", "school_year", "parents_post_secondary_pct", "foreign_background_pct", "need_index", "pupils_grades_1_9"],
            dataset.Schools.Select(s => dataset.BackgroundOf(s.Code)).OfType<BackgroundRow>().Select(b => (IReadOnlyList<string>)
            [
                b.SchoolCode, b.Year.Label, Cell(b.ParentsPostSecondaryPct), Cell(b.ForeignBackgroundPct), Invariant.Number(NeedIndex.Of(b), 2), Cell(b.Pupils, 0),
            ]));

    private static byte[] AggregatesCsv(AnalysisResult analysis) =>
        CsvText.Write(
            ["level", "area", "organizer", "school_year", "measure", "value", "method", "n_schools", "n_schools_total", "n_pupils", "gap_to_city"],
            analysis.Aggregates.Select(a => (IReadOnlyList<string>)
            [
                a.Level == AreaLevel.City ? "city" : "district", a.Area, OrganizerSplits.Code(a.Organizer), a.Year.Label, MeasureInfo.Of(a.Measure).Code,
                Invariant.Number(a.Mean.Value, 2), Method(a.Mean.Method), Invariant.Integer(a.Mean.SchoolsIncluded), Invariant.Integer(a.Mean.SchoolsTotal),
                Invariant.Integer(a.Mean.PupilsIncluded), Invariant.Number(a.GapToCity, 2),
            ]));

    private static byte[] Gaps(AnalysisResult analysis) =>
        CsvText.Write(
            ["organizer", "school_year", "measure", "lower_quartile_index", "upper_quartile_index", "high_need_mean", "high_need_n_schools", "low_need_mean", "low_need_n_schools", "method", "gap"],
            analysis.SocioeconomicGaps.Select(g => (IReadOnlyList<string>)
            [
                OrganizerSplits.Code(g.Organizer), g.Year.Label, MeasureInfo.Of(g.Measure).Code, Invariant.Number(g.LowerQuartileIndex, 2), Invariant.Number(g.UpperQuartileIndex, 2),
                Invariant.Number(g.HighNeed.Value, 2), Invariant.Integer(g.HighNeed.SchoolsIncluded), Invariant.Number(g.LowNeed.Value, 2), Invariant.Integer(g.LowNeed.SchoolsIncluded),
                Method(g.HighNeed.Method), Invariant.Number(g.Gap, 2),
            ]));

    private static byte[] Expected(AnalysisResult analysis) =>
        CsvText.Write(
            ["school_code", "school_year", "measure", "actual", "expected", "residual", "interval_low", "interval_high", "label"],
            analysis.Expected.OrderBy(e => e.SchoolCode, StringComparer.Ordinal).ThenBy(e => e.Year).ThenBy(e => e.Measure).Select(e => (IReadOnlyList<string>)
            [
                e.SchoolCode, e.Year.Label, MeasureInfo.Of(e.Measure).Code, Invariant.Number(e.Actual, 1), Invariant.Number(e.Expected, 2), Invariant.Number(e.Residual, 2),
                Invariant.Number(e.IntervalLow, 2), Invariant.Number(e.IntervalHigh, 2), Label(e.Label),
            ]));

    private static byte[] Allocation(Dataset dataset) =>
        CsvText.Write(
            ["school_code", "school_year", "socioeconomic_index", "sek_per_pupil", "pupils", "illustrative"],
            dataset.AllocationsBySchool.OrderBy(p => p.Key, StringComparer.Ordinal).SelectMany(p => p.Value).Select(a => (IReadOnlyList<string>)
            [
                a.SchoolCode, a.Year.Label, Invariant.Number(a.SocioeconomicIndex, 1), Invariant.Number(a.SekPerPupil, 0), Invariant.Integer(a.Pupils), dataset.Allocation?.Illustrative == true ? "true" : "false",
            ]));

    private static byte[] FundingCsv(Dataset dataset, AnalysisResult analysis) =>
        CsvText.Write(
            ["area", "school_year", "n_schools", "mean_sek_per_pupil", "method", "pupils", "total_sek", "mean_socioeconomic_index", "illustrative"],
            analysis.Funding.Select(f => (IReadOnlyList<string>)
            [
                f.Area, f.Year.Label, Invariant.Integer(f.SchoolsWithAllocation), Invariant.Number(f.MeanSekPerPupil, 0), f.PupilWeighted ? "pupil_weighted" : "unweighted",
                Invariant.Integer(f.Pupils), Invariant.Number(f.TotalSek, 0), Invariant.Number(f.MeanIndex, 1), dataset.Allocation?.Illustrative == true ? "true" : "false",
            ]));

    private static string Path(string file) => DownloadCatalog.Href(file).TrimStart('/');

    public static string Method(MeanMethod method) => method == MeanMethod.PupilWeighted ? "pupil_weighted" : "unweighted";

    public static string Label(ExpectedLabel label) => label switch
    {
        ExpectedLabel.ClearlyAbove => "clearly_above",
        ExpectedLabel.ClearlyBelow => "clearly_below",
        _ => "within_expected",
    };

    private static string Organizer(OrganizerType type) => type == OrganizerType.Municipal ? "municipal" : "independent";

    private static string Cell(ResultValue value, int decimals = 1) => value.Number is { } n ? Invariant.Number(n, decimals) : ValueStatusCodes.Marker(value.Status);
}
