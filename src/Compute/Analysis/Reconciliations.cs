using Site.Load;
using Site.Model;

namespace Site.Compute.Analysis;

/// <summary>
/// Compares the site's recomputed means with Skolverket's official municipality figures for every school year both
/// have. A pupil-weighted recomputation that counts at least <see cref="MinimumCoverage"/> of Skolverket's pupils is
/// held to a tolerance of one merit point or 1,5 percentage points beyond its bounds: it leaves out the pupils of
/// schools whose values are withheld (about 3 % of Stockholm's), and at a typical spread between those schools and the
/// rest that moves a mean by under one point; more than that says an input is wrong. Where it counts fewer, the pupils
/// it cannot count may explain any difference, so it is shown but not held to the tolerance.
/// </summary>
public static class Reconciliations
{
    public const decimal MeritTolerance = 1.0m;
    public const decimal ShareTolerance = 1.5m;

    /// <summary>The share of Skolverket's pupils a recomputation must count to be held to the tolerance.</summary>
    public const decimal MinimumCoverage = 0.95m;

    public static decimal Tolerance(Measure measure) => measure == Measure.MeritValue ? MeritTolerance : ShareTolerance;

    public static IReadOnlyList<Reconciliation> Compute(Dataset dataset, IReadOnlyList<Aggregate> aggregates)
    {
        var result = new List<Reconciliation>();
        if (dataset.Official.Count == 0)
        {
            return result;
        }

        var headline = aggregates.GroupBy(a => (a.Area.Id, a.Organizer, a.Year, a.Measure))
            .ToDictionary(
                g => g.Key,
                g => g.FirstOrDefault(a => a.Mean.Method == MeanMethod.PupilWeighted) ?? g.First());
        foreach (var (code, area) in Areas(dataset))
        {
            foreach (var split in OrganizerSplits.All)
            {
                var organizer = OrganizerSplits.Type(split);
                foreach (var year in dataset.Years)
                {
                    var pupils = dataset.OfficialOf(code, organizer, year, OfficialIndicator.Pupils)?.Value.Number;
                    foreach (var indicator in new[]
                    {
                        OfficialIndicator.MeritValue17,
                        OfficialIndicator.AllSubjectsPassedPct,
                        OfficialIndicator.EligibleVocationalPct,
                    })
                    {
                        var measure = OfficialIndicators.MeasureOf(indicator)!.Value;
                        if (dataset.OfficialOf(code, organizer, year, indicator) is not { } official
                            || !headline.TryGetValue((area.Id, split, year, measure), out var ours))
                        {
                            continue;
                        }

                        var difference = official.Value.Number is { } o && ours.Mean.Value is { } v
                            ? o - v
                            : (decimal?)null;
                        var covered = pupils is > 0
                            && ours.Mean.PupilsIncluded is { } counted
                            && counted >= MinimumCoverage * pupils.Value;
                        bool? exceeds = covered
                            && ours.Mean.Method == MeanMethod.PupilWeighted
                            && official.Value.Number is { } value
                            && ours.Mean.Low is { } low
                            && ours.Mean.High is { } high
                            ? value < low - Tolerance(measure) || value > high + Tolerance(measure)
                            : null;
                        result.Add(
                            new Reconciliation(
                                code,
                                area,
                                split,
                                year,
                                measure,
                                official,
                                pupils is { } p ? (int)p : null,
                                ours.Mean,
                                difference,
                                exceeds));
                    }
                }
            }
        }

        return result;
    }

    /// <summary>Each municipality the site has official figures for, with the area whose mean is its
    /// recomputation.</summary>
    private static IEnumerable<(string Code, Area Area)> Areas(Dataset dataset)
    {
        if (!dataset.Settings.MunicipalitiesAsDistricts)
        {
            // A city with districts is one municipality: the city's mean is its recomputation.
            return dataset.Settings.Municipalities.Count == 1
                ? [(dataset.Settings.Municipalities[0], dataset.Whole)]
                : [];
        }

        return dataset.Districts
            .Select(d => (
                Code: dataset.SchoolsIn(d).Select(s => s.MunicipalityCode).FirstOrDefault(),
                Area: dataset.AreaOf(d)))
            .Where(a => a.Code is not null)
            .Select(a => (a.Code!, a.Area));
    }
}
