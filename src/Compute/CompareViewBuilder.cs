using Site.Compute.Views;
using Site.Model;

namespace Site.Compute;

/// <summary>Builds the comparison page and its data: every school's published values and trend verdicts, selected, not computed.</summary>
public static class CompareViewBuilder
{
    public static ComparePageView Build(Dataset dataset, AnalysisIndex index, FrameView frame)
    {
        var t = frame.T;
        var schools = dataset.Schools.OrderBy(s => s.Name, SwedishComparer.Instance).Select(s => new CompareSchoolView(
            s.Code,
            new LinkView(s.Name, Routes.School(t, s.Code)),
            s.District?.Name,
            t.Organizer(s.Organizer),
            MeasureInfo.All.Select(m => (IReadOnlyList<CellView>)dataset.Years.Select(y => CellView.From(dataset.ResultOf(s.Code, y, m.Measure)?.Value)).ToList()).ToList(),
            MeasureInfo.All.Select(m => index.SchoolTrend(s.Code, m.Measure)?.Trend.Verdict is { } v ? t.Verdict(v) : t.TooFewYears).ToList())).ToList();
        var meta = new PageMeta(
            Routes.Compare(t),
            t.Pick("Jämför skolor", "Compare schools"),
            t.Pick("Jämför skolor", "Compare schools"),
            t.Pick($"Jämför två till fyra skolor i {dataset.Settings.AreaName} sida vid sida: meritvärde, andel som klarat alla ämnen och behörighet, alla läsår.", $"Compare two to four schools in {dataset.Settings.AreaName} side by side: merit value, share passing all subjects and eligibility, every school year."),
            [new LinkView(dataset.Settings.AreaName, Routes.City(t))]);
        return new ComparePageView(meta, frame, dataset.Years.Select(y => y.Label).ToList(), MeasureInfo.All.Select(m => m.Code).ToList(), t.MeasureLabels, schools);
    }
}
