namespace Site.Compute.Analysis;

/// <summary>What a published trend is the trend of (the <c>quantity</c> column of <c>trends.csv</c>).</summary>
public enum TrendQuantity
{
    /// <summary>An area's unweighted mean, or a school's own value.</summary>
    Value,
    /// <summary>A district's unweighted mean minus the city's.</summary>
    GapToCity,
    /// <summary>The city's high-need minus low-need mean (unweighted).</summary>
    SocioeconomicGap,
}
