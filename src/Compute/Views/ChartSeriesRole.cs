namespace Site.Compute.Views;

/// <summary>What a series stands for, which decides how it is drawn.</summary>
public enum ChartSeriesRole
{
    /// <summary>The page's own subject: solid dark blue with circles.</summary>
    Primary,
    /// <summary>The district it belongs to: dashed orange with squares.</summary>
    Secondary,
    /// <summary>The city: dotted grey with diamonds.</summary>
    Reference,
    /// <summary>Horizontal bars, blue when positive and orange when negative.</summary>
    Bars,
    /// <summary>Unconnected points (schools or districts).</summary>
    Points,
    /// <summary>A fitted line drawn over points.</summary>
    Fit,
    /// <summary>The page's own point among the others (a school on the city's scatter): an orange diamond.</summary>
    Highlight,
}
