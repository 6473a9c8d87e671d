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
        var included = entries.Where(e => e.Value.Number is not null).ToList();
        var pupilsKnown = entries.Any(e => e.Pupils is not null);
        int? pupilsIncluded = pupilsKnown ? included.Sum(e => e.Pupils ?? 0) : null;
        int? pupilsTotal = pupilsKnown ? entries.Sum(e => e.Pupils ?? 0) : null;
        if (included.Count == 0)
        {
            return new AreaMean(null, method, 0, entries.Count, pupilsIncluded, pupilsTotal);
        }

        decimal value;
        if (method == MeanMethod.PupilWeighted)
        {
            var weight = included.Sum(e => (decimal)e.Pupils!.Value);
            value = included.Sum(e => e.Value.Number!.Value * e.Pupils!.Value) / weight;
        }
        else
        {
            value = included.Sum(e => e.Value.Number!.Value) / included.Count;
        }

        return new AreaMean(value, method, included.Count, entries.Count, pupilsIncluded, pupilsTotal);
    }
}
