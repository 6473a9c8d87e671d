namespace Site.Compute.Views;

/// <summary>One district on the map: its link, SVG path, fill, the number printed on it, and where.</summary>
public sealed record MapAreaView(
    string Name,
    string Href,
    string Path,
    string Fill,
    string Label,
    string Title,
    double LabelX,
    double LabelY,
    bool Highlighted)
{
    /// <summary>Whether the area is wide enough for its name above its number.</summary>
    public bool NameFits { get; init; }

    /// <summary>The number as the list beside the map shows it, also on a page where the map prints none.</summary>
    public string GapLabel { get; init; } = "";
}
