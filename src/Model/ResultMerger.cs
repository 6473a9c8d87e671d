using System.Globalization;
using System.Runtime.InteropServices;
using Site.Diagnostics;

namespace Site.Model;

/// <summary>
/// Joins the values of all results files. Two files may give the same school, year and measure (the API history and the
/// export overlap in 2024/25): equal values are one value with two sources, different values are an error naming both.
/// The city's unsuppressed files only fill gaps: where Skolverket withheld a value ('..', '~100') the marker stays, and
/// where Skolverket has no data ('.') the city's value (already through <see cref="SmallGroupRule"/>) is used.
/// </summary>
public static class ResultMerger
{
    /// <returns>One value per school, year and measure, in the order their first rows came.</returns>
    /// <param name="scratch">A table to find each key's place in, cleared first; one is made when none is given. A
    /// national merge is one per school year, each table ~0.5 MB (a large-object allocation), dropped after it.</param>
    public static List<SchoolResult> Merge(
        IEnumerable<ResultRow> rows,
        IReadOnlySet<string> unsuppressedFiles,
        DiagnosticBag diagnostics,
        Dictionary<(string, SchoolYear, Measure), int>? scratch = null)
    {
        var capacity = rows.TryGetNonEnumeratedCount(out var count) ? count : 0;
        var places = scratch ?? new Dictionary<(string, SchoolYear, Measure), int>(capacity);
        places.Clear();
        places.EnsureCapacity(capacity);
        var values = new List<SchoolResult>(capacity);
        foreach (var row in rows)
        {
            var first = new SchoolResult(row.SchoolCode, row.Year, row.Measure, row.Value, row.Source);
            ref var merged = ref Place(places, values, (row.SchoolCode, row.Year, row.Measure), first, out var seen);
            if (!seen)
            {
                continue;
            }

            var existing = merged;
            var existingIsCity = existing.Sources.All(s => unsuppressedFiles.Contains(s.File));
            if (existing.Sources.Any(s => s.File == row.Source.File))
            {
                diagnostics.Error(
                    row.Source,
                    $"school {row.SchoolCode} has {MeasureInfo.Of(row.Measure).Code} for {row.Year} twice in the same "
                    + $"file (first at {existing.Sources[0]})",
                    row.Value.ToString(),
                    "remove the repeated row");
            }
            else if (existing.Value != row.Value && unsuppressedFiles.Contains(row.Source.File) != existingIsCity)
            {
                var (city, published) = existingIsCity ? (existing.Value, row.Value) : (row.Value, existing.Value);
                if (city.Number is not null && published.Number is not null)
                {
                    diagnostics.Error(
                        row.Source,
                        $"school {row.SchoolCode}, {row.Year}, {MeasureInfo.Of(row.Measure).Code}: the city's file "
                        + $"says {Show(city)} but Skolverket published {Show(published)}",
                        row.Value.ToString(),
                        "check which is right; the city's exact value rounded to one decimal must equal Skolverket's");
                }
                else
                {
                    var rowIsCity = !existingIsCity;
                    merged = CityFillsGap(published) == rowIsCity ? first : existing;
                }
            }
            else if (existing.Value != row.Value)
            {
                diagnostics.Error(
                    row.Source,
                    $"school {row.SchoolCode}, {row.Year}, {MeasureInfo.Of(row.Measure).Code}: this file says "
                    + $"{Show(row.Value)} but {existing.Sources[0]} says {Show(existing.Value)}",
                    row.Value.ToString(),
                    "keep the newer publication, or correct the file that is wrong");
            }
            else
            {
                merged = existing with { More = [.. existing.More ?? [], row.Source] };
            }
        }

        return values;
    }

    /// <returns>One count per school and year, in the order their first rows came.</returns>
    /// <param name="expected">How many rows there are at most, when <paramref name="rows"/> cannot say: grown from
    /// empty, a national merge's list and dictionary were copied at every doubling (~10 MB of arrays).</param>
    public static List<PupilCount> MergePupils(
        IEnumerable<PupilCountRow> rows,
        IReadOnlySet<string> unsuppressedFiles,
        DiagnosticBag diagnostics,
        int expected = 0)
    {
        var capacity = rows.TryGetNonEnumeratedCount(out var count) ? count : expected;
        var places = new Dictionary<(string, SchoolYear), int>(capacity);
        var values = new List<PupilCount>(capacity);
        foreach (var row in rows)
        {
            var first = new PupilCount(row.SchoolCode, row.Year, row.Count, row.Source);
            ref var merged = ref Place(places, values, (row.SchoolCode, row.Year), first, out var seen);
            if (!seen)
            {
                continue;
            }

            var existing = merged;

            var existingIsCity = unsuppressedFiles.Contains(existing.Source.File);
            var rowIsCity = unsuppressedFiles.Contains(row.Source.File);
            if (existing.Count == row.Count && existing.Source.File != row.Source.File)
            {
                continue;
            }

            if (existingIsCity != rowIsCity && (existing.Count.Number is null || row.Count.Number is null))
            {
                var publishedCount = existingIsCity ? row.Count : existing.Count;
                if (CityFillsGap(publishedCount) == rowIsCity)
                {
                    merged = first;
                }

                continue;
            }

            diagnostics.Error(
                row.Source,
                $"school {row.SchoolCode}, {row.Year}: pupil count {Show(row.Count)} here but "
                + $"{Show(existing.Count)} at {existing.Source}",
                row.Count.ToString(),
                "remove one of the two rows");
        }

        return values;
    }

    /// <summary>
    /// Where the value of a key is kept: a list in the order the keys first came, with each key's place in a
    /// dictionary, so that values (56 bytes each) are kept once and never copied out of a dictionary's entries. A new
    /// key's place holds <paramref name="first"/>; <paramref name="seen"/> says whether the key was there before.
    /// </summary>
    private static ref T Place<TKey, T>(Dictionary<TKey, int> places, List<T> values, TKey key, T first, out bool seen)
        where TKey : notnull
    {
        ref var place = ref CollectionsMarshal.GetValueRefOrAddDefault(places, key, out seen);
        if (!seen)
        {
            place = values.Count;
            values.Add(first);
        }

        return ref CollectionsMarshal.AsSpan(values)[place];
    }

    /// <summary>Skolverket's number or marker is what the public has already seen and stands; the city's value only
    /// fills '.'.</summary>
    private static bool CityFillsGap(ResultValue published) => published.Status == ValueStatus.Missing;

    private static string Show(ResultValue value) =>
        value.Number is { } n ? n.ToString(CultureInfo.InvariantCulture) : $"'{ValueStatusCodes.Marker(value.Status)}'";
}
