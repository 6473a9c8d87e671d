using Site.Diagnostics;

namespace Site.Model;

/// <summary>
/// Skolverket's disclosure rule, applied by the generator itself so that the city's own unsuppressed results can be fed
/// in safely: a value based on fewer than 10 pupils becomes '..', so does a pupil count below 10, and an eligibility
/// share that 1–4 pupils lacked becomes '~100'. Public exports already obey it, so for them this changes nothing.
/// </summary>
public static class SmallGroupRule
{
    public const int MinimumPupils = 10;

    public const int MaximumLackingForNear100 = 4;

    public static ResultsFile Apply(ResultsFile file, DiagnosticBag diagnostics)
    {
        var pupils = new Dictionary<(string, SchoolYear), ResultValue>(file.PupilCounts.Count);
        foreach (var row in file.PupilCounts)
        {
            pupils[(row.SchoolCode, row.Year)] = row.Count;
        }

        // Skolverket's public files already obey the rule: when nothing changes, the file's own rows are kept, and no
        // list is made for a copy of them (each a large-object array nationally, made for every file and dropped).
        List<ResultRow>? results = null;
        for (var i = 0; i < file.Results.Count; i++)
        {
            var row = file.Results[i];
            var count = pupils.TryGetValue((row.SchoolCode, row.Year), out var c) ? c : (ResultValue?)null;
            if (file.Unsuppressed
                && row.Value.Number is not null
                && count?.Number is null
                && count?.Status != ValueStatus.Suppressed)
            {
                diagnostics.Error(
                    row.Source,
                    $"school {row.SchoolCode}, {row.Year}: an unsuppressed file needs the pupil count behind every "
                    + $"value, to know whether it may be shown",
                    row.Value.ToString(),
                    "fill in 'Antal elever' for the school, or remove 'unsuppressed' from the sidecar if this is "
                    + "Skolverket's public export");
            }

            var value = Protect(row.Measure, row.Value, count, file.Unsuppressed);
            results = Kept(results, file.Results, i, value == row.Value ? row : row with { Value = value });
        }

        List<PupilCountRow>? counts = null;
        for (var i = 0; i < file.PupilCounts.Count; i++)
        {
            var row = file.PupilCounts[i];
            var count = ProtectCount(row.Count);
            counts = Kept(counts, file.PupilCounts, i, count == row.Count ? row : row with { Count = count });
        }

        return results is null && counts is null
            ? file
            : file with { Results = results ?? file.Results, PupilCounts = counts ?? file.PupilCounts };
    }

    /// <summary>
    /// The rows so far with <paramref name="row"/> (the file's <paramref name="index"/>th, or its replacement) added:
    /// null while every row is the file's own, a copy from the first replaced row on.
    /// </summary>
    private static List<T>? Kept<T>(List<T>? made, IReadOnlyList<T> rows, int index, T row)
        where T : class
    {
        if (made is null && !ReferenceEquals(row, rows[index]))
        {
            made = new List<T>(rows.Count);
            for (var i = 0; i < index; i++)
            {
                made.Add(rows[i]);
            }
        }

        made?.Add(row);
        return made;
    }

    /// <summary>What may be published of one value, given the pupil count behind it.</summary>
    public static ResultValue Protect(Measure measure, ResultValue value, ResultValue? pupils, bool unsuppressed)
    {
        if (value.Number is not { } number)
        {
            return value;
        }

        if (pupils?.Status == ValueStatus.Suppressed || pupils?.Number is < MinimumPupils)
        {
            return ResultValue.Marker(ValueStatus.Suppressed);
        }

        if (measure == Measure.EligibleVocationalPct && pupils?.Number is { } n && number < 100m)
        {
            var lacking = Math.Round(n * (100m - number) / 100m, MidpointRounding.AwayFromZero);
            if (lacking is >= 1 and <= MaximumLackingForNear100)
            {
                return ResultValue.Marker(ValueStatus.RoundedNear100);
            }
        }

        // Skolverket publishes one decimal; more would tell readers of the city's exact file more than Skolverket does.
        return unsuppressed ? ResultValue.Reported(Math.Round(number, 1, MidpointRounding.AwayFromZero)) : value;
    }

    public static ResultValue ProtectCount(ResultValue count) =>
        count.Number is < MinimumPupils ? ResultValue.Marker(ValueStatus.Suppressed) : count;
}
