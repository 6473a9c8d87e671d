using Site.Model;

namespace Site.Compute;

/// <summary>
/// One school's contribution to an area mean: its value (or marker), its grade-9 pupils that year where known, and
/// what it puts into a mean (<see cref="Input"/>, null for '..' and '.'). For a <c>~100</c> cell,
/// <see cref="BoundPupils"/> is the count its bounds were taken from and <see cref="Basis"/> says where that count came
/// from.
/// </summary>
public sealed record MeanEntry
{
    private MeanEntry(string schoolCode, ResultValue value, int? pupils, int? boundPupils, BoundBasis basis)
    {
        SchoolCode = schoolCode;
        Value = value;
        Pupils = pupils;
        BoundPupils = boundPupils;
        Basis = basis;
    }

    public string SchoolCode { get; }

    public ResultValue Value { get; }

    public int? Pupils { get; }

    public int? BoundPupils { get; }

    public BoundBasis Basis { get; }

    /// <summary>
    /// What the cell puts into a mean, worked out when asked: kept in every entry it was 56 of an entry's 136 bytes,
    /// and a national build keeps 204,534 entries from the analysis to its end (11 MB).
    /// </summary>
    public MeanInput? Input =>
        BoundPupils is { } n ? NearHundred.Bounds(n) : Value.Number is { } number ? MeanInput.Exact(number) : null;

    /// <summary>Whether the cell enters a mean (<see cref="Input"/> is not null), asked without working the input
    /// out.</summary>
    public bool HasInput => BoundPupils is not null || Value.Status == ValueStatus.Reported;

    /// <summary>The same school, pupils and bounds, and the value written the same way (202,7 is not 202,70).</summary>
    public bool Identical(MeanEntry other) =>
        SchoolCode == other.SchoolCode && Value.Identical(other.Value) && Pupils == other.Pupils
        && BoundPupils == other.BoundPupils && Basis == other.Basis;

    /// <summary>
    /// The entry for a cell. <paramref name="boundPupils"/> and <paramref name="basis"/> matter only for <c>~100</c>;
    /// without them its bounds come from the year's own count, or from the smallest published group.
    /// </summary>
    public static MeanEntry Of(
        string schoolCode, ResultValue value, int? pupils, int? boundPupils = null, BoundBasis basis = BoundBasis.Count)
    {
        if (value.Status != ValueStatus.RoundedNear100)
        {
            return new(schoolCode, value, pupils, null, BoundBasis.None);
        }

        var (n, from) = boundPupils is { } b
            ? (b, basis)
            : pupils is { } p ? (p, BoundBasis.Count) : (NearHundred.SmallestPublishedGroup, BoundBasis.Minimum);
        n = Math.Max(n, NearHundred.SmallestPublishedGroup);
        return new(schoolCode, value, pupils, n, from);
    }
}
