using Site.Diagnostics;
using Site.Load;

namespace Site.Model;

/// <summary>The results files' rows merged into one value per school, year and measure, a school year at a time
/// (<see cref="ResultMerger"/>): the validate stage's largest step.</summary>
internal static class ResultsByYear
{
    /// <summary>
    /// Every merged result, year by year (oldest first). A value's key includes its year, so each year merges on its
    /// own, side by side; rows keep their order within a year, so a diagnostic names the same first row as a merge of
    /// all rows at once would.
    /// </summary>
    /// <param name="cache">A preview session's: a year whose rows are the very rows of the last run (its files
    /// unchanged) keeps its merge.</param>
    /// <param name="yearRows">A year's list is made this large (the largest file's rows: a file is mostly one year),
    /// not grown from empty.</param>
    public static List<List<SchoolResult>> Merge(
        IEnumerable<ResultRow> rows,
        int yearRows,
        IReadOnlySet<string> unsuppressed,
        DiagnosticBag diagnostics,
        LoadCache? cache)
    {
        var byYear = new SortedDictionary<SchoolYear, List<ResultRow>>();
        List<ResultRow>? list = null;
        foreach (var row in rows)
        {
            // A file's rows mostly share a year: the year's list is looked up when it changes.
            if (list is null || list[^1].Year != row.Year)
            {
                if (!byYear.TryGetValue(row.Year, out list))
                {
                    byYear[row.Year] = list = new List<ResultRow>(yearRows);
                }
            }

            list.Add(row);
        }

        static YearMerge Merge(
            (List<ResultRow> Rows, IReadOnlySet<string> Unsuppressed) input,
            Dictionary<(string, SchoolYear, Measure), int> scratch)
        {
            var own = new DiagnosticBag();
            return new(ResultMerger.Merge(input.Rows, input.Unsuppressed, own, scratch), own.Items.ToList());
        }

        static bool Same(
            (List<ResultRow> Rows, IReadOnlySet<string> Unsuppressed) last,
            (List<ResultRow> Rows, IReadOnlySet<string> Unsuppressed) now) =>
            last.Unsuppressed.SetEquals(now.Unsuppressed) && last.Rows.Count == now.Rows.Count
            && last.Rows.Zip(now.Rows).All(pair => ReferenceEquals(pair.First, pair.Second));

        // Each worker merges its years in one table of keys, cleared between years.
        var merged = ParallelMap.Ordered(
            byYear.ToList(),
            () => new Dictionary<(string, SchoolYear, Measure), int>(yearRows),
            (year, scratch) => cache is null
                ? Merge((year.Value, unsuppressed), scratch)
                : cache.Reused(
                    $"results {year.Key}", (year.Value, unsuppressed), Same, input => Merge(input, scratch)));
        foreach (var (_, items) in merged)
        {
            diagnostics.AddRange(items);
        }

        return merged.Select(m => m.Values).ToList();
    }

    /// <summary>One school year's merged results and what the merge reported.</summary>
    private sealed record YearMerge(List<SchoolResult> Values, List<Diagnostic> Items);
}
