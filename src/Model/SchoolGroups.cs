using System.Runtime.InteropServices;

namespace Site.Model;

/// <summary>
/// Rows grouped by school, each school's sorted (<see cref="Of"/>). An instance is a preview session's: it keeps the
/// last save's results by school, and a save regroups only the schools whose rows changed (<see cref="Results"/>).
/// </summary>
public sealed class SchoolGroups
{
    /// <summary>A school's results in <see cref="SchoolResult.Order"/>.</summary>
    public static readonly Comparison<SchoolResult> ResultOrder =
        (a, b) => SchoolResult.Order(a.Year, a.Measure, b.Year, b.Measure);

    private List<List<SchoolResult>>? lastYears;
    private Dictionary<string, IReadOnlyList<SchoolResult>>? lastGroups;

    /// <summary>
    /// The results by school, as <see cref="Of"/> groups them: a save that changed a few cells (each year's merge keeps
    /// its rows in the same places) keeps every other school's array and groups only the changed schools' rows again.
    /// Grouping all 204,534 of a national dataset anew copied 11 MB into new memory on every save, 25-60 ms.
    /// </summary>
    public Dictionary<string, IReadOnlyList<SchoolResult>> Results(List<List<SchoolResult>> years)
    {
        var groups = Changed(years) is { } changed && lastGroups is not null
            ? Regroup(years, changed, lastGroups)
            : Of(years, r => r.SchoolCode, ResultOrder);
        (lastYears, lastGroups) = (years, groups);
        return groups;
    }

    /// <summary>
    /// The schools whose rows differ from the last save's, or null when the rows moved (a year more or less, a row
    /// more or less, another school in a row's place): then all are grouped again, in the order a first grouping gives.
    /// </summary>
    private HashSet<string>? Changed(List<List<SchoolResult>> years)
    {
        if (lastYears is null || lastYears.Count != years.Count)
        {
            return null;
        }

        var changed = new HashSet<string>(StringComparer.Ordinal);
        for (var y = 0; y < years.Count; y++)
        {
            var (now, last) = (years[y], lastYears[y]);
            if (ReferenceEquals(now, last))
            {
                continue;
            }

            if (now.Count != last.Count)
            {
                return null;
            }

            for (var i = 0; i < now.Count; i++)
            {
                if (now[i].SchoolCode != last[i].SchoolCode)
                {
                    return null;
                }

                if (!Identical(now[i], last[i]))
                {
                    changed.Add(now[i].SchoolCode);
                }
            }
        }

        return changed;
    }

    private static Dictionary<string, IReadOnlyList<SchoolResult>> Regroup(
        List<List<SchoolResult>> years, HashSet<string> changed, Dictionary<string, IReadOnlyList<SchoolResult>> last)
    {
        var groups = new Dictionary<string, IReadOnlyList<SchoolResult>>(last, StringComparer.Ordinal);
        if (changed.Count == 0)
        {
            return groups;
        }

        var rows = years.Select(year => year.Where(r => changed.Contains(r.SchoolCode)).ToList()).ToList();
        foreach (var (code, own) in Of(rows, r => r.SchoolCode, ResultOrder))
        {
            groups[code] = own;
        }

        return groups;
    }

    /// <summary>The same cell, value (written the same way) and sources.</summary>
    private static bool Identical(in SchoolResult a, in SchoolResult b) =>
        a.Year == b.Year
        && a.Measure == b.Measure
        && a.Value.Identical(b.Value)
        && a.Source == b.Source
        && (ReferenceEquals(a.More, b.More) || (a.More is { } x && b.More is { } y && x.AsSpan().SequenceEqual(y)));

    /// <summary>
    /// Each school's rows, sorted (every key is unique, so the order is total). The merged rows mostly come in order
    /// already (year by year, a school's measures in column order), so a school's rows are sorted only when they are
    /// not. Two passes, so that each school's rows go straight into an array of their number: results are values (56
    /// bytes each), and lists grown by doubling copied a national dataset's 204,534 about twice over.
    /// </summary>
    public static Dictionary<string, IReadOnlyList<T>> Of<T>(
        IReadOnlyList<List<T>> parts, Func<T, string> code, Comparison<T> order)
    {
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        var counts = new List<int>();
        var schoolOf = new List<int>();
        // A school's rows mostly follow each other with the very same code string (its measures of a year): those
        // are not looked up again.
        string? last = null;
        var position = -1;
        foreach (var part in parts)
        {
            foreach (ref readonly var row in CollectionsMarshal.AsSpan(part))
            {
                var own = code(row);
                if (!ReferenceEquals(own, last))
                {
                    ref var found = ref CollectionsMarshal.GetValueRefOrAddDefault(positions, own, out var known);
                    if (!known)
                    {
                        found = counts.Count;
                        counts.Add(0);
                    }

                    (last, position) = (own, found);
                }

                CollectionsMarshal.AsSpan(counts)[position]++;
                schoolOf.Add(position);
            }
        }

        var arrays = counts.Select(n => new T[n]).ToArray();
        var filled = new int[arrays.Length];
        var next = 0;
        foreach (var part in parts)
        {
            foreach (ref readonly var row in CollectionsMarshal.AsSpan(part))
            {
                var at = schoolOf[next++];
                arrays[at][filled[at]++] = row;
            }
        }

        var sorted = new Dictionary<string, IReadOnlyList<T>>(positions.Count, StringComparer.Ordinal);
        foreach (var (key, at) in positions)
        {
            var own = arrays[at];
            if (!InOrder(own, order))
            {
                Array.Sort(own, order);
            }

            sorted[key] = own;
        }

        return sorted;
    }

    private static bool InOrder<T>(T[] rows, Comparison<T> order)
    {
        for (var i = 1; i < rows.Length; i++)
        {
            if (order(rows[i - 1], rows[i]) > 0)
            {
                return false;
            }
        }

        return true;
    }
}
