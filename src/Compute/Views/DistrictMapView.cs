namespace Site.Compute.Views;

/// <summary>The district map: an SVG drawn at build time, each district a link, coloured by its gap to the
/// city.</summary>
public sealed record DistrictMapView(
    string Title,
    string Description,
    double Width,
    double Height,
    IReadOnlyList<MapAreaView> Areas,
    IReadOnlyList<MapLegendItem> Legend,
    TableView Table);
