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
    /// A year's means are pupil-weighted when every school that enters them has a grade-9 count that year; otherwise
    /// they are unweighted (each school once). The unweighted mean is also taken in every year, so that a trend can use
    /// a series with one method in all its years.
    /// </summary>
    public static MeanMethod YearMethod(IReadOnlyList<MeanEntry> year)
    {
        var any = false;
        for (var i = 0; i < year.Count; i++)
        {
            var entry = year[i];
            if (!entry.HasInput)
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
        // One pass, no allocation: sums of the published one-decimal values times whole pupil counts are exact in
        // decimal; the quotient is rounded once.
        var sums = new MeanSums(weighted: method == MeanMethod.PupilWeighted);
        for (var i = 0; i < entries.Count; i++)
        {
            sums.Add(entries[i]);
        }

        return sums.Mean(method);
    }
}
