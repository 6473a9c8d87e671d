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

    public override string ToString() =>
        Number is { } n ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : ValueStatusCodes.Marker(Status);
}
