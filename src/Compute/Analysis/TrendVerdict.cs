namespace Site.Compute.Analysis;

public enum TrendVerdict
{
    /// <summary>The slope's 95 % interval includes zero.</summary>
    NoClearChange,
    Increasing,
    Decreasing,
    /// <summary>Fewer than three years with a value: no interval, so no verdict can be given.</summary>
    TooFewYears,
}
