namespace Site.Compute.Views;

/// <summary>The chart kinds; each has one layout, built once and shared by every page.</summary>
public enum ChartKind
{
    /// <summary>Lines over school years.</summary>
    Years,
    /// <summary>Horizontal bars, one per area.</summary>
    Bars,
    /// <summary>Points on two numeric axes.</summary>
    Scatter,
}
