namespace Site.Model;

/// <summary>A cell as Skolverket published it: a number, or a marker that is never a number.</summary>
public readonly record struct ResultValue
{
    private ResultValue(ValueStatus status, decimal? number)
    {
        Status = status;
        Number = number;
    }

    public ValueStatus Status { get; }

    /// <summary>Set only when <see cref="Status"/> is <see cref="ValueStatus.Reported"/>.</summary>
    public decimal? Number { get; }

    public static ResultValue Reported(decimal number) => new(ValueStatus.Reported, number);

    public static ResultValue Marker(ValueStatus status) =>
        status == ValueStatus.Reported
            ? throw new ArgumentException("A reported value needs a number.", nameof(status))
            : new(status, null);

    // Written out, not synthesised: the record's own equality compares the status through the runtime's enum
    // comparer, which the published build boxed on every comparison (21 MB of the national build's allocations).
    // Same meaning and the same hash as the synthesised members.
    public bool Equals(ResultValue other) => Status == other.Status && Number == other.Number;

    public override int GetHashCode() => unchecked(((int)Status * -1521134295) + Number.GetHashCode());

    public override string ToString() =>
        Number is { } n ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : ValueStatusCodes.Marker(Status);
}
