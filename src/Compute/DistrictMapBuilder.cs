using System.Globalization;
using System.Text;
using NetTopologySuite.Geometries;
using NetTopologySuite.Simplify;
using Site.Compute.Views;
using Site.Model;
using Site.Render;

namespace Site.Compute;

/// <summary>
/// Draws the districts as SVG paths: an equirectangular projection around the city's centre (fine at city scale),
/// simplified with NetTopologySuite, coloured by the latest meritvärde gap to the city in classes of a diverging scale.
/// </summary>
public static class DistrictMapBuilder
{
    public const double Width = 640;

    // Blue above the city's mean, orange below; the middle class is neutral. Each class also prints its number on the map.
    private static readonly (decimal Upper, string Fill, string Label)[] Classes =
    [
        (-20m, "#a34f00", "under −20"),
        (-10m, "#d9863d", "−20 till −10"),
        (-3m, "#f2c89b", "−10 till −3"),
        (3m, "#eeeeee", "−3 till +3"),
        (10m, "#a9c8e6", "+3 till +10"),
        (20m, "#5b93c7", "+10 till +20"),
        (decimal.MaxValue, "#0b4f8a", "över +20"),
    ];

    private const string NoData = "#ffffff";

    public static DistrictMapView? Build(Dataset dataset, AnalysisIndex index, string? highlightSlug = null)
    {
        if (dataset.Districts.Count == 0)
        {
            return null;
        }

        var latest = dataset.Years[^1];
        var envelope = new Envelope();
        foreach (var district in dataset.Districts)
        {
            envelope.ExpandToInclude(district.Boundary.EnvelopeInternal);
        }

        var scaleX = Math.Cos(envelope.Centre.Y * Math.PI / 180);
        var scale = Width / (envelope.Width * scaleX);
        var height = Math.Round(envelope.Height * scale, 1);
        (double X, double Y) Project(Coordinate c) => ((c.X - envelope.MinX) * scaleX * scale, (envelope.MaxY - c.Y) * scale);

        var areas = dataset.Districts.Select(d =>
        {
            var gap = index.Aggregate(d.Slug, latest, Measure.MeritValue).GapToCity;
            var simplified = TopologyPreservingSimplifier.Simplify(d.Boundary, 0.0004);
            var point = Project(d.Boundary.InteriorPoint.Coordinate);
            var label = gap is { } g ? (g > 0 ? "+" : "") + SwedishFormat.Number(g, 0) : "–";
            var fill = highlightSlug is null ? Fill(gap) : d.Slug == highlightSlug ? "#0b4f8a" : "#e4e6ea";
            var title = gap is { } t ? $"{d.Name}: {(t > 0 ? "+" : "")}{SwedishFormat.Number(t, 1)} poäng mot staden" : $"{d.Name}: inget värde";
            return new MapAreaView(d.Name, Paths.District(d), PathData(simplified, Project), fill, highlightSlug is null ? label : "", title, Math.Round(point.X, 1), Math.Round(point.Y, 1), d.Slug == highlightSlug);
        }).ToList();

        var table = new TableView(
            $"Meritvärde {latest.Label}: skillnad mot hela {dataset.Settings.AreaName}",
            ["Stadsdelsområde", "Skillnad, poäng"],
            dataset.Districts.Select(d => new TableRowView(d.Name, Paths.District(d), [FigureCell.Gap(index.Aggregate(d.Slug, latest, Measure.MeritValue).GapToCity)])).ToList());
        var legend = highlightSlug is null ? Classes.Select(c => new MapLegendItem(c.Fill, c.Label)).ToList() : [];
        var description = highlightSlug is null
            ? $"Karta över stadens {dataset.Districts.Count} stadsdelsområden, färgade efter hur mycket meritvärdet läsåret {latest.Label} låg över (blått) eller under (orange) stadens genomsnitt. Talet i varje område är skillnaden i poäng; samma tal står i tabellen."
            : $"Karta över stadens stadsdelsområden där {dataset.Districts.First(d => d.Slug == highlightSlug).Name} är markerat.";
        return new DistrictMapView($"Stadsdelsområdena läsåret {latest.Label}", description, Width, height, areas, legend, table);
    }

    private static string Fill(decimal? gap) => gap is { } g ? Classes.First(c => g < c.Upper).Fill : NoData;

    private static string PathData(Geometry geometry, Func<Coordinate, (double X, double Y)> project)
    {
        var builder = new StringBuilder();
        var polygons = geometry is MultiPolygon multi ? multi.Geometries.Cast<Polygon>() : geometry is Polygon single ? [single] : [];
        foreach (var polygon in polygons)
        {
            foreach (var ring in new[] { polygon.ExteriorRing }.Concat(polygon.InteriorRings))
            {
                var coordinates = ring.Coordinates;
                for (var i = 0; i < coordinates.Length - 1; i++)
                {
                    var (x, y) = project(coordinates[i]);
                    builder.Append(i == 0 ? 'M' : 'L').Append(x.ToString("0.#", CultureInfo.InvariantCulture)).Append(',').Append(y.ToString("0.#", CultureInfo.InvariantCulture));
                }

                builder.Append('Z');
            }
        }

        return builder.ToString();
    }
}
