using Site.Model;

namespace Site.Compute;

/// <summary>
/// One school's contribution to an area mean: its value (or marker), its grade-9 pupils that year where known, and what
/// it puts into a mean (null for '..' and '.'). For a <c>~100</c> cell, <see cref="BoundPupils"/> is the count its bounds
/// were taken from and <see cref="Basis"/> says where that count came from.
/// </summary>
public sealed record MeanEntry(
    string SchoolCode,
    ResultValue Value,
    int? Pupils,
    MeanInput? Input,
    int? BoundPupils = null,
    BoundBasis Basis = BoundBasis.None)
{
    /// <summary>
    /// The entry for a cell. <paramref name="boundPupils"/> and <paramref name="basis"/> matter only for <c>~100</c>;
    /// without them its bounds come from the year's own count, or from the smallest published group.
    /// </summary>
    public static MeanEntry Of(string schoolCode, ResultValue value, int? pupils, int? boundPupils = null, BoundBasis basis = BoundBasis.Count)
    {
        if (value.Status != ValueStatus.RoundedNear100)
        {
            return new(schoolCode, value, pupils, value.Number is { } number ? MeanInput.Exact(number) : null);
        }

        var (n, from) = boundPupils is { } b ? (b, basis) : pupils is { } p ? (p, BoundBasis.Count) : (NearHundred.SmallestPublishedGroup, BoundBasis.Minimum);
        n = Math.Max(n, NearHundred.SmallestPublishedGroup);
        return new(schoolCode, value, pupils, NearHundred.Bounds(n), n, from);
    }
}
