namespace Site.Render;

/// <summary>What a chart template leaves open between its texts, filled in from each series.</summary>
public enum ChartTemplateSlot
{
    Name,
    X,
    Y,
    Colours,
    Labels,
}
