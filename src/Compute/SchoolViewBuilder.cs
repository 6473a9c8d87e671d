using Site.Compute.Views;
using Site.Model;

namespace Site.Compute;

/// <summary>
/// Builds a school's page: every year's values with their markers explained, and the files behind them. A source row is
/// cited by its school code rather than its line number, so re-sorting an export does not change the page.
/// </summary>
public static class SchoolViewBuilder
{
    /// <param name="sources">The source files as the pages of <paramref name="frame"/>'s language cite them.</param>
    public static SchoolPageView Build(
        Dataset dataset, School school, AnalysisIndex index, FrameView frame, SourceViews sources)
    {
        var t = frame.T;
        var results = dataset.ResultsOf(school.Code);
        var pupils = dataset.PupilsOf(school.Code);
        var years = dataset.YearsOf(school.Code);
        var values = MeasureInfo.All.Select(m => index.Cells.Of(school, m.Measure)).ToList();
        var rows = years.Select(y => new SchoolYearRowView(
            y.Label,
            CellView.From(dataset.PupilCountOf(school.Code, y)?.Count),
            values.Select(c => c[dataset.YearPositions[y]]).ToList())).ToList();

        var district = school.District;
        var successor = school.SuccessorCode is { } code && dataset.SchoolOf(code) is { } next
            ? new LinkView(next.Name, Routes.School(t, next.Code))
            : null;

        var crumbs = new List<LinkView> { new(dataset.Settings.AreaName, Routes.City(t)) };
        if (district is not null)
        {
            crumbs.Add(new LinkView(district.Name, Routes.District(t, district)));
        }

        var place = district is null ? dataset.Settings.AreaName : $"{district.Name}, {dataset.Settings.AreaName}";
        var meta = new PageMeta(
            Routes.School(t, school.Code),
            t.Pick($"{school.Name} – skolresultat i årskurs 9", $"{school.Name} – grade 9 school results"),
            school.Name,
            t.Pick(
                $"Meritvärde, andel som klarat alla ämnen och behörighet till yrkesprogram i årskurs 9 för "
                + $"{school.Name} ({place}), läsåren {years[0].Label}–{years[^1].Label}.",
                $"Merit value, share passing all subjects and eligibility for vocational programmes in grade 9 for "
                + $"{school.Name} ({place}), school years {years[0].Label}–{years[^1].Label}."),
            crumbs);
        var cells = rows.SelectMany(r => r.Cells.Append(r.Pupils)).ToList();
        return new SchoolPageView(
            meta,
            frame,
            school.Code,
            school.Name,
            t.Organizer(school.Organizer),
            district is null ? null : new LinkView(district.Name, Routes.District(t, district)),
            successor,
            t.MeasureLabels,
            rows,
            results.Any(r => r.Value.Number is not null),
            Labels.NotesFor(t, cells),
            sources.Of(results, pupils),
            SchoolAnalysisBuilder.Build(dataset, school, index, t));
    }
}
