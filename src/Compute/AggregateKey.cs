using Site.Compute.Analysis;
using Site.Model;

namespace Site.Compute;

/// <summary>
/// An area's aggregate (or the city's gap) by split, year, measure and method: the key of the page builders' most
/// frequent look-up. A struct with its own equality, not a tuple: a tuple compares its enums through the runtime's enum
/// comparer, which the published build boxed on every comparison (60 MB of the national build's allocations).
/// </summary>
public readonly struct AggregateKey(OrganizerSplit split, SchoolYear year, Measure measure, MeanMethod method)
    : IEquatable<AggregateKey>
{
    private readonly int split = (int)split;
    private readonly int year = year.StartYear;
    private readonly int measure = (int)measure;
    private readonly int method = (int)method;

    public bool Equals(AggregateKey other) =>
        split == other.split && year == other.year && measure == other.measure && method == other.method;

    public override bool Equals(object? obj) => obj is AggregateKey other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(split, year, measure, method);
}
