using Site.Compute.Views;
using Site.Model;

namespace Site.Compute;

/// <summary>Builds the comparison page and its data: every school's published values and trend verdicts, selected, not
/// computed.</summary>
public static class CompareViewBuilder
{
    public static ComparePageView Build(Dataset dataset, FrameView frame)
    {
        var t = frame.T;
        var meta = new PageMeta(
            Routes.Compare(t),
            t.Pick("Jämför skolor", "Compare schools"),
            t.Pick("Jämför skolor", "Compare schools"),
            t.Pick(
                $"Jämför två till fyra skolor i {dataset.Settings.AreaName} sida vid sida: meritvärde, andel som "
                + $"klarat alla ämnen och behörighet, alla läsår.",
                $"Compare two to four schools in {dataset.Settings.AreaName} side by side: merit value, share passing "
                + $"all subjects and eligibility, every school year."),
            [new LinkView(dataset.Settings.AreaName, Routes.City(t))]);
        return new ComparePageView(
            meta,
            frame,
            [.. Ordered(dataset).Select(s => new CompareSchoolLink(
                new LinkView(s.Name, Routes.School(t, s.Code)), s.District?.Name))]);
    }

    public static CompareDataView BuildData(Dataset dataset, AnalysisIndex index, FrameView frame)
    {
        var t = frame.T;
        // Each school's row is made when the data file reads it, and not kept: both languages' rows at once (300,000
        // cells each nationally) were ~60 MB alive at the end of a national build, where its memory peaked.
        var ordered = Ordered(dataset);
        var schools = new LazyViews<CompareSchoolView>(
            ordered.Length, i => Routes.School(t, ordered[i].Code), i => School(dataset, index, t, ordered[i]));
        return new CompareDataView(
            frame,
            dataset.Years.Select(y => y.Label).ToList(),
            MeasureInfo.All.Select(m => m.Code).ToList(),
            t.MeasureLabels,
            schools);
    }

    // The page's list and its data in the same order, by the schools' names as Swedish sorts them.
    private static School[] Ordered(Dataset dataset) =>
        dataset.Schools.OrderBy(s => s.Name, SwedishComparer.Instance).ToArray();

    private static CompareSchoolView School(Dataset dataset, AnalysisIndex index, Texts.Texts t, School s) => new(
        s.Code,
        new LinkView(s.Name, Routes.School(t, s.Code)),
        s.District?.Name,
        t.Organizer(s.Organizer),
        MeasureInfo.All.Select(m => index.Cells.Of(s, m.Measure)).ToList(),
        MeasureInfo.All.Select(m => index.SchoolTrend(s.Code, m.Measure)?.Trend.Verdict is { } v
            ? t.Verdict(v)
            : t.TooFewYears).ToList());
}
