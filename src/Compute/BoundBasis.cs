namespace Site.Compute;

/// <summary>Where the pupil count behind a <c>~100</c> cell's bounds came from (published as
/// <c>bound_basis</c>).</summary>
public enum BoundBasis
{
    /// <summary>Not a <c>~100</c> cell: no bounds are needed.</summary>
    None,
    /// <summary>The school's own grade-9 count for the same school year.</summary>
    Count,
    /// <summary>The school's own count in the nearest school year that has one (the year has no count).</summary>
    NearestYear,
    /// <summary>The school has no count in any year: the median count of all schools with one.</summary>
    Median,
    /// <summary>No count anywhere in the data: 10 pupils, the smallest group whose values are published.</summary>
    Minimum,
}
