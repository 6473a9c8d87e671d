using Site.Compute.Views;

namespace Site.Render;

/// <summary>The chart palette: every colour has at least 4.5:1 contrast on white, and dashes and markers also tell
/// series apart.</summary>
public static class ChartColors
{
    public const string Primary = "#0b4f8a";
    public const string Secondary = "#a34f00";
    public const string Reference = "#4a4a4a";
    public const string Positive = "#0b4f8a";
    public const string Negative = "#a34f00";

    public static string For(ChartSeriesRole role) => role switch
    {
        ChartSeriesRole.Secondary => Secondary,
        ChartSeriesRole.Reference or ChartSeriesRole.Fit => Reference,
        _ => Primary,
    };
}
