namespace Site.Compute.Analysis;

public enum ExpectedLabel
{
    /// <summary>The 95 % interval around the residual includes zero.</summary>
    WithinExpected,
    ClearlyAbove,
    ClearlyBelow,
}
