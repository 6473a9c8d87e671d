using System.Runtime.CompilerServices;
using Site.Compute.Analysis;
using Site.Model;

namespace Site.Compute;

/// <summary>
/// Every school's <see cref="MeanEntry"/> per organizer split, measure and year, read from the dataset once. The city
/// means, every area's mean, each series' method, the socioeconomic gaps and the manifest all read the same entries;
/// reading them per use cost most of the analysis on a national dataset.
/// </summary>
public sealed class MeanEntries
{
    // The dataset is immutable, so entries made for it stay right for as long as it lives (keyed by identity, not value).
    private static readonly ConditionalWeakTable<Dataset, MeanEntries> Made = new();

    private readonly Dictionary<(OrganizerSplit, Measure), IReadOnlyList<MeanEntry>[]> byYear = [];
    private readonly Dictionary<(OrganizerSplit, Measure), MeanMethod> methods = [];

    private MeanEntries(Dataset dataset)
    {
        var yearIndex = dataset.Years.Select((y, i) => (y, i)).ToDictionary(p => p.y, p => p.i);
        var all = MeasureInfo.All.ToDictionary(m => m.Measure, _ => dataset.Years.Select(_ => new List<MeanEntry>()).ToArray());
        foreach (var school in dataset.Schools)
        {
            var pupils = new int?[dataset.Years.Count];
            foreach (var count in dataset.PupilsOf(school.Code))
            {
                if (yearIndex.TryGetValue(count.Year, out var i) && count.Count.Number is { } n)
                {
                    pupils[i] = (int)n;
                }
            }

            foreach (var result in dataset.ResultsOf(school.Code))
            {
                var i = yearIndex[result.Year];
                all[result.Measure][i].Add(new MeanEntry(school.Code, result.Value, pupils[i]));
            }
        }

        var organizerOf = dataset.Schools.ToDictionary(s => s.Code, StringComparer.Ordinal);
        foreach (var split in OrganizerSplits.All)
        {
            foreach (var info in MeasureInfo.All)
            {
                var years = all[info.Measure]
                    .Select(entries => split == OrganizerSplit.All ? entries : (IReadOnlyList<MeanEntry>)entries.Where(e => OrganizerSplits.Includes(split, organizerOf[e.SchoolCode])).ToList())
                    .ToArray();
                byYear[(split, info.Measure)] = years;
                methods[(split, info.Measure)] = Means.SeriesMethod(years);
            }
        }
    }

    public static MeanEntries Of(Dataset dataset) => Made.GetValue(dataset, d => new MeanEntries(d));

    /// <summary>The entries of every school in the split with a row for the year and measure, in the dataset's school order.</summary>
    public IReadOnlyList<MeanEntry> For(OrganizerSplit split, Measure measure, int yearIndex) => byYear[(split, measure)][yearIndex];

    /// <summary>The method of the split's series for the measure (see <see cref="Means.SeriesMethod"/>).</summary>
    public MeanMethod Method(OrganizerSplit split, Measure measure) => methods[(split, measure)];
}
