namespace Site.Compute.Analysis;

public enum TrendVerdict
{
    /// <summary>Too few years, or the slope's 95 % interval includes zero.</summary>
    NoClearChange,
    Increasing,
    Decreasing,
}
