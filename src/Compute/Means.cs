using Site.Model;

namespace Site.Compute;

/// <summary>Pure functions for area means. Markers are never numbers: a school with '..', '.' or '~100' is left out and counted as not covered.</summary>
public static class Means
{
    /// <summary>A series is pupil-weighted only when every year has a pupil count for every school with a number; otherwise it is unweighted in every year, so its years stay comparable.</summary>
    public static MeanMethod SeriesMethod(IEnumerable<IReadOnlyList<MeanEntry>> years)
    {
        var any = false;
        foreach (var year in years)
        {
            foreach (var entry in year.Where(e => e.Value.Number is not null))
            {
                any = true;
                if (entry.Pupils is not > 0)
                {
                    return MeanMethod.Unweighted;
                }
            }
        }

        return any ? MeanMethod.PupilWeighted : MeanMethod.Unweighted;
    }

    public static AreaMean Mean(IReadOnlyList<MeanEntry> entries, MeanMethod method)
    {
        // One pass, no allocation: an area mean is taken for every area, split, year and measure. Sums run in the
        // entries' order, as they always have, so every decimal comes out the same.
        int included = 0, pupilsIncluded = 0, pupilsTotal = 0;
        var pupilsKnown = false;
        decimal sum = 0m, weight = 0m, weighted = 0m;
        foreach (var entry in entries)
        {
            pupilsKnown |= entry.Pupils is not null;
            pupilsTotal += entry.Pupils ?? 0;
            if (entry.Value.Number is not { } number)
            {
                continue;
            }

            included++;
            pupilsIncluded += entry.Pupils ?? 0;
            sum += number;
            if (method == MeanMethod.PupilWeighted)
            {
                weight += entry.Pupils!.Value;
                weighted += number * entry.Pupils!.Value;
            }
        }

        int? knownIncluded = pupilsKnown ? pupilsIncluded : null;
        int? knownTotal = pupilsKnown ? pupilsTotal : null;
        if (included == 0)
        {
            return new AreaMean(null, method, 0, entries.Count, knownIncluded, knownTotal);
        }

        var value = method == MeanMethod.PupilWeighted ? weighted / weight : sum / included;
        return new AreaMean(value, method, included, entries.Count, knownIncluded, knownTotal);
    }
}
