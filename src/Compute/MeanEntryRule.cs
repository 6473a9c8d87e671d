using Site.Model;

namespace Site.Compute;

/// <summary>
/// How a school's cell becomes its <see cref="MeanEntry"/>: its year's grade-9 pupils, and for a <c>~100</c> cell the
/// count its bounds come from. <see cref="MeanEntries"/> applies it to every cell for the analysis; the school results
/// table applies it again to each row as it writes the row, so that a build does not keep the analysis' 204,534
/// entries (20 MB nationally) through the whole render for that one table.
/// </summary>
public sealed class MeanEntryRule
{
    private readonly IReadOnlyDictionary<SchoolYear, int> yearIndex;
    private readonly int years;

    public MeanEntryRule(Dataset dataset)
    {
        yearIndex = dataset.YearPositions;
        years = dataset.Years.Count;
        Median = MedianCount(dataset);
    }

    /// <summary>
    /// The median of every published grade-9 count (the lower middle of an even number: a whole count).
    /// </summary>
    public int? Median { get; }

    /// <summary>
    /// A school's published grade-9 counts by the position of their year in the dataset, null where none.
    /// </summary>
    public int?[] Pupils(Dataset dataset, string schoolCode)
    {
        var pupils = new int?[years];
        foreach (var count in dataset.PupilsOf(schoolCode))
        {
            if (yearIndex.TryGetValue(count.Year, out var i) && count.Count.Number is { } n)
            {
                pupils[i] = (int)n;
            }
        }

        return pupils;
    }

    /// <summary>A result's entry, with its school's counts from <see cref="Pupils"/>.</summary>
    public MeanEntry Entry(string schoolCode, SchoolResult result, int?[] pupils) =>
        Entry(schoolCode, result.Value, pupils, yearIndex[result.Year]);

    /// <summary>
    /// A cell's entry. A <c>~100</c> cell's bounds need the school's pupils: the year's own count, else the school's
    /// count in the nearest year that has one (the later of two as near), else the median count of all schools (a
    /// grade-9 cohort changes little from year to year; the median is a typical school where the school itself has no
    /// count).
    /// </summary>
    public MeanEntry Entry(string schoolCode, ResultValue value, int?[] pupils, int year)
    {
        if (value.Status != ValueStatus.RoundedNear100 || pupils[year] is not null)
        {
            return MeanEntry.Of(schoolCode, value, pupils[year]);
        }

        for (var distance = 1; distance < pupils.Length; distance++)
        {
            foreach (var other in new[] { year + distance, year - distance })
            {
                if (other >= 0 && other < pupils.Length && pupils[other] is { } n)
                {
                    return MeanEntry.Of(schoolCode, value, null, n, BoundBasis.NearestYear);
                }
            }
        }

        return Median is { } m
            ? MeanEntry.Of(schoolCode, value, null, m, BoundBasis.Median)
            : MeanEntry.Of(schoolCode, value, null);
    }

    private static int? MedianCount(Dataset dataset)
    {
        // In a loop, not a LINQ chain: OfType over nullable numbers boxed every one of a national dataset's 68,000
        // counts, 6-12 ms of every preview save (this takes ~4).
        var counts = new List<int>();
        foreach (var school in dataset.PupilsBySchool.Values)
        {
            foreach (var count in school)
            {
                if (count.Count.Number is { } n)
                {
                    counts.Add((int)n);
                }
            }
        }

        counts.Sort();
        return counts.Count == 0 ? null : counts[(counts.Count - 1) / 2];
    }
}
