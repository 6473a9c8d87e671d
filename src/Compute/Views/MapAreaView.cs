namespace Site.Compute.Views;

/// <summary>One district on the map: its link, SVG path, fill, the number printed on it, and where.</summary>
public sealed record MapAreaView(string Name, string Href, string Path, string Fill, string Label, string Title, double LabelX, double LabelY, bool Highlighted);
