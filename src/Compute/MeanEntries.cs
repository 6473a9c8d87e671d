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

    private readonly Dictionary<(OrganizerSplit, Measure), Series> series = [];

    private MeanEntries(Dataset dataset)
    {
        var yearIndex = dataset.Years.Select((y, i) => (y, i)).ToDictionary(p => p.y, p => p.i);
        var splits = OrganizerSplits.All;
        var all = splits.SelectMany(split => MeasureInfo.All.Select(info => (Key: (split, info.Measure), Series: new Series(dataset.Years.Count)))).ToList();
        for (var position = 0; position < dataset.Schools.Count; position++)
        {
            var school = dataset.Schools[position];
            var pupils = new int?[dataset.Years.Count];
            foreach (var count in dataset.PupilsOf(school.Code))
            {
                if (yearIndex.TryGetValue(count.Year, out var i) && count.Count.Number is { } n)
                {
                    pupils[i] = (int)n;
                }
            }

            // Each school's entry goes to every split that includes it, in the dataset's school order.
            var included = Enumerable.Range(0, splits.Count).Where(s => OrganizerSplits.Includes(splits[s], school)).ToArray();
            foreach (var result in dataset.ResultsOf(school.Code))
            {
                var i = yearIndex[result.Year];
                var entry = new MeanEntry(school.Code, result.Value, pupils[i]);
                foreach (var s in included)
                {
                    all[(s * MeasureInfo.All.Count) + (int)result.Measure].Series.Add(i, entry, position);
                }
            }
        }

        foreach (var (key, made) in all)
        {
            made.Method = Means.SeriesMethod(made.Entries);
            series[key] = made;
        }
    }

    public static MeanEntries Of(Dataset dataset) => Made.GetValue(dataset, d => new MeanEntries(d));

    /// <summary>The entries of every school in the split with a row for the year and measure, in the dataset's school order.</summary>
    public IReadOnlyList<MeanEntry> For(OrganizerSplit split, Measure measure, int yearIndex) => series[(split, measure)].Entries[yearIndex];

    /// <summary>For each of <see cref="For"/>'s entries, its school's position in the dataset's school list.</summary>
    public IReadOnlyList<int> SchoolPositions(OrganizerSplit split, Measure measure, int yearIndex) => series[(split, measure)].Positions[yearIndex];

    /// <summary>The method of the split's series for the measure (see <see cref="Means.SeriesMethod"/>).</summary>
    public MeanMethod Method(OrganizerSplit split, Measure measure) => series[(split, measure)].Method;

    /// <summary>One split's and measure's entries per year, each with its school's position, and the series' method.</summary>
    private sealed class Series(int years)
    {
        public List<MeanEntry>[] Entries { get; } = Enumerable.Range(0, years).Select(_ => new List<MeanEntry>()).ToArray();

        public List<int>[] Positions { get; } = Enumerable.Range(0, years).Select(_ => new List<int>()).ToArray();

        public MeanMethod Method { get; set; }

        public void Add(int year, MeanEntry entry, int position)
        {
            Entries[year].Add(entry);
            Positions[year].Add(position);
        }
    }
}
