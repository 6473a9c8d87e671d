namespace Site.Compute.Views;

/// <summary>An area mean ready to show: the value, the bounds '~100' cells leave it, and what it covers.</summary>
public sealed record MeanView(
    decimal? Value,
    bool PupilWeighted,
    int SchoolsIncluded,
    int SchoolsTotal,
    int? PupilsIncluded,
    int? PupilsTotal,
    decimal? Low = null,
    decimal? High = null)
{
    public static MeanView From(AreaMean mean) =>
        new(
            mean.Value,
            mean.Method == MeanMethod.PupilWeighted,
            mean.SchoolsIncluded,
            mean.SchoolsTotal,
            mean.PupilsIncluded,
            mean.PupilsTotal,
            mean.Low,
            mean.High);

    /// <summary>Shown as a range only where the bounds differ by more than the rounding.</summary>
    public bool ShowsRange => Low is { } low && High is { } high && high - low > 0.1m;
}
