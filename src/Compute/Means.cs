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
            for (var i = 0; i < year.Count; i++)
            {
                var entry = year[i];
                if (entry.Value.Number is null)
                {
                    continue;
                }

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
        // One pass, no allocation, and only the decimal sums the method needs: an area mean is taken for every area,
        // split, year and measure. Sums run in the entries' order, as they always have, so every decimal comes out the
        // same; pupil counts are whole numbers, so their sum is exact as an integer.
        int included = 0, pupilsIncluded = 0, pupilsTotal = 0;
        var pupilsKnown = false;
        var weighted = method == MeanMethod.PupilWeighted;
        decimal sum = 0m;
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (entry.Pupils is { } pupils)
            {
                pupilsKnown = true;
                pupilsTotal += pupils;
            }

            if (entry.Value.Number is not { } number)
            {
                continue;
            }

            included++;
            pupilsIncluded += entry.Pupils ?? 0;
            sum += weighted ? number * entry.Pupils!.Value : number;
        }

        int? knownIncluded = pupilsKnown ? pupilsIncluded : null;
        int? knownTotal = pupilsKnown ? pupilsTotal : null;
        if (included == 0)
        {
            return new AreaMean(null, method, 0, entries.Count, knownIncluded, knownTotal);
        }

        var value = weighted ? sum / pupilsIncluded : sum / included;
        return new AreaMean(value, method, included, entries.Count, knownIncluded, knownTotal);
    }
}
