using Site.Compute.Texts;
using Site.Compute.Views;
using Site.Model;

namespace Site.Compute.Resources;

/// <summary>
/// A school's teachers, national tests and eligibility, one table per group with a row per school year and the unit of
/// every column stated below it. The eligibility table puts the vocational share (a result) next to the preparatory
/// ones.
/// </summary>
public static class SchoolMetricTablesBuilder
{
    public static IReadOnlyList<MetricTableView> Build(Dataset dataset, School school, Texts.Texts t)
    {
        var rows = dataset.MetricsOf(school.Code);
        var tables = new List<MetricTableView>();
        foreach (var group in new[] { MetricGroup.Staff, MetricGroup.NationalTest, MetricGroup.Eligibility })
        {
            var metrics = SchoolMetricInfo.In(group);
            var years = rows
                .Where(r => SchoolMetricInfo.Of(r.Metric).Group == group)
                .Select(r => r.Year)
                .Distinct()
                .Order()
                .ToList();
            if (years.Count == 0)
            {
                continue;
            }

            // The result each group sits beside: the vocational share beside the preparatory ones, the merit value
            // beside the tests, so that a reader sees where grades and tests diverge.
            Measure? beside = group switch
            {
                MetricGroup.Eligibility => Measure.EligibleVocationalPct,
                MetricGroup.NationalTest => Measure.MeritValue,
                _ => null,
            };
            var tableRows = years.Select(y => new TableRowView(y.Label, null,
            [
                .. beside is { } result
                    ? [FigureCell.From(dataset.ResultOf(school.Code, y, result)?.Value)]
                    : Array.Empty<FigureCell>(),
                .. metrics.Select(m => MetricNotes.Cell(t, group, dataset.MetricOf(school.Code, y, m.Metric))),
            ])).ToList();
            var columns = new List<string> { t.Pick("Läsår", "School year") };
            if (beside is { } besideMeasure)
            {
                columns.Add(t.MeasureLabel(besideMeasure));
            }

            columns.AddRange(metrics.Select(m => MetricWords.Label(t, m.Metric)));
            var title = MetricWords.GroupTitle(t, group);
            var table = new TableView(
                $"{school.Name}: {char.ToLowerInvariant(title[0])}{title[1..]}",
                columns,
                tableRows,
                UnitsNote(t, metrics));
            tables.Add(
                new MetricTableView(
                    Id(group),
                    title,
                    table,
                    MetricNotes.For(t, group, tableRows.SelectMany(r => r.Cells))));
        }

        return tables;
    }

    /// <summary>The section anchor of a group, the same in both languages.</summary>
    public static string Id(MetricGroup group) => group switch
    {
        MetricGroup.Staff => "teachers",
        MetricGroup.NationalTest => "national-tests",
        _ => "eligibility",
    };

    /// <summary>"Enheter: …" naming every column's unit, so that no figure stands without one.</summary>
    public static string UnitsNote(Texts.Texts t, IReadOnlyList<SchoolMetricInfo> metrics)
    {
        var units = metrics.Select(m => MetricWords.Unit(t, m.Metric)).Distinct().ToList();
        var said = units.Count == 1
            ? t.Pick($"Enhet: {units[0]}.", $"Unit: {units[0]}.")
            : t.Pick(
                "Enheter: ",
                "Units: ") + string.Join(
                    "; ",
                    metrics.Select(m => $"{MetricWords.Label(t, m.Metric)} = {MetricWords.Unit(t, m.Metric)}")) + ".";
        return said + (metrics[0].IsStaff
            ? t.Pick(" Lärarsiffrorna avser läsårets höst.", " Teacher figures are for the autumn of the school year.")
            : "");
    }
}
