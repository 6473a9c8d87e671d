using Site.Model;

namespace Site.Compute;

/// <summary>
/// Pure functions for area means. '..' and '.' are never numbers: such a school is left out and counted as not covered.
/// A <c>~100</c> cell is a bounded value, not a missing one: it counts with its central value, and its bounds give the
/// mean's bounds (<see cref="NearHundred"/>).
/// </summary>
public static class Means
{
    /// <summary>
    /// A year's means are pupil-weighted when every school that enters them has a grade-9 count that year; otherwise they
    /// are unweighted (each school once). The unweighted mean is also taken in every year, so that a trend can use a
    /// series with one method in all its years.
    /// </summary>
    public static MeanMethod YearMethod(IReadOnlyList<MeanEntry> year)
    {
        var any = false;
        for (var i = 0; i < year.Count; i++)
        {
            var entry = year[i];
            if (entry.Input is null)
            {
                continue;
            }

            any = true;
            if (entry.Pupils is not > 0)
            {
                return MeanMethod.Unweighted;
            }
        }

        return any ? MeanMethod.PupilWeighted : MeanMethod.Unweighted;
    }

    public static AreaMean Mean(IReadOnlyList<MeanEntry> entries, MeanMethod method)
    {
        // One pass, no allocation: an area mean is taken for every area, split, year, measure and method. Sums of the
        // published one-decimal values times whole pupil counts are exact in decimal; the quotient is rounded once.
        int included = 0, pupilsIncluded = 0, pupilsTotal = 0;
        var pupilsKnown = false;
        var weighted = method == MeanMethod.PupilWeighted;
        decimal central = 0m, low = 0m, high = 0m;
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (entry.Pupils is { } pupils)
            {
                pupilsKnown = true;
                pupilsTotal += pupils;
            }

            if (entry.Input is not { } input)
            {
                continue;
            }

            included++;
            pupilsIncluded += entry.Pupils ?? 0;
            var weight = weighted ? entry.Pupils!.Value : 1;
            central += input.Central * weight;
            low += input.Low * weight;
            high += input.High * weight;
        }

        int? knownIncluded = pupilsKnown ? pupilsIncluded : null;
        int? knownTotal = pupilsKnown ? pupilsTotal : null;
        if (included == 0)
        {
            return new AreaMean(null, method, 0, entries.Count, knownIncluded, knownTotal);
        }

        decimal divisor = weighted ? pupilsIncluded : included;
        return new AreaMean(
            Value: AreaMean.Round(central / divisor),
            Method: method,
            SchoolsIncluded: included,
            SchoolsTotal: entries.Count,
            PupilsIncluded: knownIncluded,
            PupilsTotal: knownTotal,
            Low: AreaMean.Round(low / divisor),
            High: AreaMean.Round(high / divisor));
    }
}
