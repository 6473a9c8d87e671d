namespace Site.Model;

/// <summary>A cell as Skolverket published it: a number, or a marker that is never a number.</summary>
public readonly record struct ResultValue
{
    // The number as decimal's own four parts (decimal.GetBits), with the status in the low 16 bits of its flags, which
    // a decimal leaves zero: 16 bytes, where a status beside a decimal? was 32. A national model keeps a value in each
    // of 204,534 results, as many mean entries and 68,000 pupil counts (issue 18: values in compact columns).
    private readonly int low;
    private readonly int middle;
    private readonly int high;
    private readonly int flags;

    private ResultValue(ValueStatus status, decimal number)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(number, bits);
        (low, middle, high, flags) = (bits[0], bits[1], bits[2], bits[3] | (int)status);
    }

    private const int StatusBits = 0xFFFF;

    public ValueStatus Status => (ValueStatus)(flags & StatusBits);

    /// <summary>Set only when <see cref="Status"/> is <see cref="ValueStatus.Reported"/>.</summary>
    public decimal? Number => Status == ValueStatus.Reported
        ? new decimal(low, middle, high, flags < 0, (byte)((flags >> 16) & 0xFF))
        : null;

    public static ResultValue Reported(decimal number) => new(ValueStatus.Reported, number);

    public static ResultValue Marker(ValueStatus status) =>
        status == ValueStatus.Reported
            ? throw new ArgumentException("A reported value needs a number.", nameof(status))
            : new(status, 0m);

    // Written out, not synthesised: the record's own equality would compare the raw parts, and 202,7 is the same number
    // as 202,70 (the record's former status and decimal? compared so). The enum comparer also boxed on every comparison
    // in the published build (21 MB of the national build's allocations). Same meaning and the same hash as before.
    public bool Equals(ResultValue other) => Status == other.Status && Number == other.Number;

    /// <summary>
    /// The same status and number written the same way: 202,7 is not 202,70 here, as the files print each as published.
    /// </summary>
    public bool Identical(ResultValue other) =>
        low == other.low && middle == other.middle && high == other.high && flags == other.flags;

    public override int GetHashCode() => unchecked(((int)Status * -1521134295) + Number.GetHashCode());

    public override string ToString() =>
        Number is { } n
            ? n.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : ValueStatusCodes.Marker(Status);
}
