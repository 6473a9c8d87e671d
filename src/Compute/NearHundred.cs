namespace Site.Compute;

/// <summary>
/// Skolverket writes <c>~100</c> when 1–4 of a school's N pupils lacked eligibility: the exact share lies in
/// [100(N−4)/N, 100(N−1)/N]. Means use the centre, 100(N−2.5)/N (2.5 pupils lacking, the middle of 1–4), and publish
/// the means of the bounds beside it; all three are rounded to one decimal, as Skolverket rounds a share, the lower
/// bound down and the upper up so that the rounded interval still holds the true share.
/// </summary>
public static class NearHundred
{
    /// <summary>The smallest group whose values Skolverket publishes at school level; fewer pupils give '..'.</summary>
    public const int SmallestPublishedGroup = 10;

    public static MeanInput Bounds(int pupils)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pupils, 5);
        decimal n = pupils;
        return new MeanInput(
            Central: Math.Round(100m * (n - 2.5m) / n, 1, MidpointRounding.AwayFromZero),
            Low: Math.Floor(1000m * (n - 4m) / n) / 10m,
            High: Math.Ceiling(1000m * (n - 1m) / n) / 10m);
    }
}
