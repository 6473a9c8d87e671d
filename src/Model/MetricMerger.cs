using Site.Diagnostics;

namespace Site.Model;

/// <summary>
/// The staff, test and eligibility rows of the published schools. A second row for the same school, year and measure is
/// an error naming both places, as for the results; rows of schools the site does not publish are counted in one
/// warning.
/// </summary>
public static class MetricMerger
{
    public static IReadOnlyList<MetricRow> Merge(
        IReadOnlyList<MetricsFile> files,
        IReadOnlySet<string> published,
        DiagnosticBag diagnostics)
    {
        var kept = new Dictionary<(string, SchoolYear, SchoolMetric), MetricRow>();
        var others = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in files.SelectMany(f => f.Rows))
        {
            if (!published.Contains(row.SchoolCode))
            {
                others.Add(row.SchoolCode);
                continue;
            }

            var key = (row.SchoolCode, row.Year, row.Metric);
            if (kept.TryGetValue(key, out var first))
            {
                diagnostics.Error(
                    row.Source,
                    $"school {row.SchoolCode}, {row.Year.Label}, {SchoolMetricInfo.Of(row.Metric).Code} is given twice "
                    + $"(first at {first.Source})",
                    row.Value.ToString(),
                    "keep one row per school, school year and measure");
                continue;
            }

            kept[key] = row;
        }

        if (others.Count > 0 && files.Count > 0)
        {
            diagnostics.Warning(
                new SourceRef(files[0].Path, 0),
                $"staff and test rows of {others.Count} schools with no published results are not shown",
                string.Join(", ", others.Order(StringComparer.Ordinal).Take(5)) + (others.Count > 5 ? ", …" : ""),
                "a school gets a page from its grade-9 results; add them, or leave these rows out of the file");
        }

        return kept.Values.ToList();
    }
}
