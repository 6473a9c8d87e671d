using Site.Model;

namespace Site.Compute.Analysis;

/// <summary>
/// Equality of an area's series as a look-up key (level, area, organizer split, measure), the enums compared as
/// numbers: the default comparer of the tuple boxed them in the published program's shared generic code.
/// </summary>
public sealed class SeriesKeyComparer
    : IEqualityComparer<(AreaLevel Level, string Area, OrganizerSplit Organizer, Measure Measure)>
{
    public static readonly SeriesKeyComparer Instance = new();

    public bool Equals(
        (AreaLevel Level, string Area, OrganizerSplit Organizer, Measure Measure) x,
        (AreaLevel Level, string Area, OrganizerSplit Organizer, Measure Measure) y) =>
        x.Level == y.Level && x.Organizer == y.Organizer && x.Measure == y.Measure
        && string.Equals(x.Area, y.Area, StringComparison.Ordinal);

    public int GetHashCode((AreaLevel Level, string Area, OrganizerSplit Organizer, Measure Measure) key) =>
        HashCode.Combine(
            (int)key.Level, StringComparer.Ordinal.GetHashCode(key.Area), (int)key.Organizer, (int)key.Measure);
}
