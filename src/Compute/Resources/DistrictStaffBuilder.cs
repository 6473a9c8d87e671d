using Site.Compute.Analysis;
using Site.Compute.Texts;
using Site.Compute.Views;
using Site.Model;

namespace Site.Compute.Resources;

/// <summary>
/// A district's teachers: each school's values in the latest school year with teacher figures, then the district's and
/// the city's means per year (from the staff analysis), with units and markers explained.
/// </summary>
public static class DistrictStaffBuilder
{
    public static MetricTableView? Build(Dataset dataset, District district, AnalysisIndex index, Texts.Texts t)
    {
        var staff = index.Staff;
        if (!staff.Any)
        {
            return null;
        }

        var metrics = SchoolMetricInfo.In(MetricGroup.Staff);
        var year = staff.Years[^1];
        var schools = dataset.SchoolsIn(district).OrderBy(s => s.Name, SwedishComparer.Instance).ToList();
        var rows = schools
            .Select(s => new TableRowView(
                s.Name,
                Routes.School(t, s.Code),
                metrics
                    .Select(m => MetricNotes.Cell(t, MetricGroup.Staff, dataset.MetricOf(s.Code, year, m.Metric)))
                    .ToList()))
            .ToList();
        var own = dataset.AreaOf(district);
        var meanYears = staff.Years.Where(y => metrics.Any(m => staff.Mean(own, y, m.Metric)?.Value is not null));
        foreach (var y in meanYears.Reverse())
        {
            var header = t.Pick($"Medelvärde {district.Name} {y.Label}", $"Mean {district.Name} {y.Label}");
            rows.Add(MeanRow(header, own, y, metrics, index, t));
        }

        rows.Add(MeanRow($"{t.Whole(dataset.Settings.AreaName)} {year.Label}", dataset.Whole, year, metrics, index, t));
        var table = new TableView(
            t.Pick(
                $"Lärare i {t.Genitive(district.Name)} skolor läsåret {year.Label}, och medelvärden per läsår",
                $"Teachers in {t.Genitive(district.Name)} schools, {year.Label}, and means by school year"),
            [t.Pick("Skola", "School"), .. metrics.Select(m => MetricWords.Label(t, m.Metric))],
            rows,
            t.Pick(
                "Medelvärdena är oviktade: varje skola med ett värde räknas en gång (ett medelvärde av kvoter, inte "
                + "områdets elever delat med dess lärare). ",
                "The means are unweighted: each school with a value counts once (a mean of ratios, not the district's "
                + "pupils divided by its teachers). ")
                + SchoolMetricTablesBuilder.UnitsNote(t, metrics));
        return new MetricTableView(
            "teachers",
            t.Pick("Lärare och specialpedagogik", "Teachers and special-needs staff"),
            table,
            MetricNotes.For(t, MetricGroup.Staff, rows.SelectMany(r => r.Cells)));
    }

    private static TableRowView MeanRow(
        string header, Area area, SchoolYear year, IReadOnlyList<SchoolMetricInfo> metrics, AnalysisIndex index,
        Texts.Texts t) =>
        new(header, null, metrics.Select(m => index.Staff.Mean(area, year, m.Metric) is { } mean
            ? FigureCell.Of(mean.Value, note: t.Schools(mean.SchoolsIncluded, mean.SchoolsTotal))
            : FigureCell.Empty).ToList());
}
