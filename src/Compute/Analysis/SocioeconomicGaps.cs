using Site.Model;

namespace Site.Compute.Analysis;

/// <summary>
/// The socioeconomic gap per split, year, measure and method. The gap is the difference of the two published, rounded
/// means. Quartile limits (type 7) are taken over the need index of the schools with a reported value that year; a
/// school with an index at or above the upper limit is high-need, at or below the lower limit low-need, so tied schools
/// at a limit all belong to its group.
/// </summary>
public static class SocioeconomicGaps
{
    public const int MinimumSchools = 4;

    public static IReadOnlyList<SocioeconomicGap> Compute(Dataset dataset) =>
        Compute(dataset, new MeanEntries(dataset));

    public static IReadOnlyList<SocioeconomicGap> Compute(Dataset dataset, MeanEntries entries)
    {
        var result = new List<SocioeconomicGap>();
        var need = dataset.Schools
            .Select(s => (s.Code, Index: NeedIndex.Of(dataset.BackgroundOf(s.Code))))
            .Where(s => s.Index is not null)
            .ToDictionary(s => s.Code, s => s.Index!.Value, StringComparer.Ordinal);
        if (need.Count == 0)
        {
            return result;
        }

        foreach (var split in OrganizerSplits.All)
        {
            foreach (var info in MeasureInfo.All)
            {
                for (var i = 0; i < dataset.Years.Count; i++)
                {
                    var indexed = entries
                        .For(split, info.Measure, i)
                        .Where(e => need.ContainsKey(e.SchoolCode))
                        .Select(e => (Entry: e, Index: need[e.SchoolCode]))
                        .ToList();
                    // As the area means: unweighted in every year (the series a trend uses), pupil-weighted too where
                    // the year has pupil counts.
                    foreach (var method in entries.Method(split, info.Measure, i) == MeanMethod.PupilWeighted
                        ? new[] { MeanMethod.PupilWeighted, MeanMethod.Unweighted }
                        : [MeanMethod.Unweighted])
                    {
                        if (Of(split, dataset.Years[i], info.Measure, indexed, method) is { } gap)
                        {
                            result.Add(gap);
                        }
                    }
                }
            }
        }

        return result;
    }

    /// <summary>The gap for one set of schools, each with its entry and need index; null when fewer than four have a
    /// number or the quartiles coincide.</summary>
    public static SocioeconomicGap? Of(
        OrganizerSplit split,
        SchoolYear year,
        Measure measure,
        IReadOnlyList<(MeanEntry Entry, decimal Index)> schools,
        MeanMethod method)
    {
        if (NeedQuartiles.Limits(schools.Where(s => s.Entry.HasInput).Select(s => s.Index)) is not var (lower, upper))
        {
            return null;
        }

        var high = Means.Mean(schools.Where(s => s.Index >= upper).Select(s => s.Entry).ToList(), method);
        var low = Means.Mean(schools.Where(s => s.Index <= lower).Select(s => s.Entry).ToList(), method);
        var gap = high.Value is { } h && low.Value is { } l ? h - l : (decimal?)null;
        return new SocioeconomicGap(split, year, measure, lower, upper, high, low, gap);
    }
}
