using Site.Compute.Analysis;
using Site.Model;

namespace Site.Compute;

/// <summary>
/// Every aggregate of an analysis in one array, at its split, measure, school year, method and area: a page asks for
/// hundreds of means, and each is found by arithmetic on the area's id, with nothing hashed (a dictionary by the area's
/// slug, then one by the rest, was the page builders' most frequent look-up).
/// </summary>
public sealed class AggregateTable
{
    private static readonly int Splits = OrganizerSplits.All.Count, Measures = MeasureInfo.All.Count;
    private static readonly int Methods = Enum.GetValues<MeanMethod>().Length;

    private readonly Aggregate?[] slots;
    private readonly int firstYear, years;

    /// <param name="areas">The dataset's areas, at their ids (<see cref="Dataset.Areas"/>).</param>
    public AggregateTable(IReadOnlyList<Area> areas, IReadOnlyList<Aggregate> aggregates)
    {
        Areas = areas;
        firstYear = aggregates.Count == 0 ? 0 : aggregates.Min(a => a.Year.StartYear);
        years = aggregates.Count == 0 ? 0 : aggregates.Max(a => a.Year.StartYear) - firstYear + 1;
        slots = new Aggregate?[Splits * Measures * years * Methods * areas.Count];
        foreach (var aggregate in aggregates)
        {
            slots[Slot(aggregate.Area, aggregate.Organizer, aggregate.Year, aggregate.Measure, aggregate.Mean.Method)] =
                aggregate;
        }
    }

    /// <summary>The areas at their ids: the whole, then the districts.</summary>
    public IReadOnlyList<Area> Areas { get; }

    /// <summary>The aggregate of an area, split, year, measure and method; null when the analysis has none.</summary>
    public Aggregate? Find(Area area, OrganizerSplit split, SchoolYear year, Measure measure, MeanMethod method) =>
        area.Id < Areas.Count && year.StartYear - firstYear is var y && y >= 0 && y < years
            ? slots[Slot(area, split, year, measure, method)]
            : null;

    private int Slot(Area area, OrganizerSplit split, SchoolYear year, Measure measure, MeanMethod method) =>
        (((((int)split * Measures) + (int)measure) * years + (year.StartYear - firstYear)) * Methods + (int)method)
        * Areas.Count + area.Id;
}
