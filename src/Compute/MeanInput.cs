namespace Site.Compute;

/// <summary>
/// What one school's cell puts into a mean: its published number (all three the same), or for a <c>~100</c> cell the
/// central value of the interval it stands for and that interval's bounds (see <see cref="NearHundred"/>).
/// </summary>
public readonly record struct MeanInput(decimal Central, decimal Low, decimal High)
{
    public static MeanInput Exact(decimal value) => new(value, value, value);
}
