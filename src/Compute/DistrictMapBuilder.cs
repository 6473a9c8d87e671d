using System.Globalization;
using System.Text;
using NetTopologySuite.Geometries;
using NetTopologySuite.Simplify;
using Site.Compute.Views;
using Site.Model;

namespace Site.Compute;

/// <summary>
/// Draws the districts as SVG paths: an equirectangular projection around the city's centre (fine at city scale),
/// simplified with NetTopologySuite, coloured by the latest meritvärde gap to the city in classes of a diverging scale.
/// </summary>
public static class DistrictMapBuilder
{
    public const double Width = 640;

    // Blue above the city's mean, orange below; the middle class is neutral. Each class also prints its number on the map.
    private static readonly (decimal Upper, string Fill)[] Classes =
    [
        (-20m, "#a34f00"),
        (-10m, "#d9863d"),
        (-3m, "#f2c89b"),
        (3m, "#eeeeee"),
        (10m, "#a9c8e6"),
        (20m, "#5b93c7"),
        (decimal.MaxValue, "#0b4f8a"),
    ];

    private static string ClassLabel(Texts.Texts t, int i) =>
        i == 0 ? t.Pick("under ", "below ") + t.Signed(Classes[0].Upper, 0)
        : i == Classes.Length - 1 ? t.Pick("över ", "above ") + t.Signed(Classes[i - 1].Upper, 0)
        : $"{t.Signed(Classes[i - 1].Upper, 0)} {t.Pick("till", "to")} {t.Signed(Classes[i].Upper, 0)}";

    private const string NoData = "#ffffff";

    // The projected, simplified outlines depend only on the boundaries, yet every map on every page needs them:
    // computed once per dataset (the dataset is frozen, so the cache can never go stale).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Dataset, Tuple<double, Dictionary<string, (string Path, (double X, double Y) Label)>>> ShapeCache = new();

    private static Tuple<double, Dictionary<string, (string Path, (double X, double Y) Label)>> Project(Dataset dataset)
    {
        var envelope = new Envelope();
        foreach (var district in dataset.Districts)
        {
            envelope.ExpandToInclude(district.Boundary!.EnvelopeInternal);
        }

        var scaleX = Math.Cos(envelope.Centre.Y * Math.PI / 180);
        var scale = Width / (envelope.Width * scaleX);
        (double X, double Y) Point(Coordinate c) => ((c.X - envelope.MinX) * scaleX * scale, (envelope.MaxY - c.Y) * scale);
        var areas = dataset.Districts.ToDictionary(
            d => d.Slug,
            d => (PathData(TopologyPreservingSimplifier.Simplify(d.Boundary!, 0.0004), Point), Point(d.Boundary!.InteriorPoint.Coordinate)),
            StringComparer.Ordinal);
        return Tuple.Create(Math.Round(envelope.Height * scale, 1), areas);
    }

    public static DistrictMapView? Build(Dataset dataset, AnalysisIndex index, Texts.Texts t, string? highlightSlug = null)
    {
        // Municipalities standing as districts have no outlines to draw; their table on the page says the same.
        if (dataset.Districts.Count == 0 || dataset.Districts.Any(d => d.Boundary is null))
        {
            return null;
        }

        var latest = dataset.Years[^1];
        var projected = ShapeCache.GetValue(dataset, Project);
        var (height, shapes) = (projected.Item1, projected.Item2);

        var areas = dataset.Districts.Select(d =>
        {
            var gap = index.Aggregate(d.Slug, latest, Measure.MeritValue).GapToCity;
            var (path, point) = shapes[d.Slug];
            var label = gap is { } g ? t.Signed(g, 0) : "–";
            var fill = highlightSlug is null ? Fill(gap) : d.Slug == highlightSlug ? "#0b4f8a" : "#e4e6ea";
            var title = gap is { } v ? t.Pick($"{d.Name}: {t.Signed(v)} poäng mot staden", $"{d.Name}: {t.Signed(v)} points compared with the city") : t.Pick($"{d.Name}: inget värde", $"{d.Name}: no value");
            return new MapAreaView(d.Name, Routes.District(t, d), path, fill, highlightSlug is null ? label : "", title, Math.Round(point.X, 1), Math.Round(point.Y, 1), d.Slug == highlightSlug);
        }).ToList();

        var table = new TableView(
            t.Pick($"Meritvärde {latest.Label}: skillnad mot hela {dataset.Settings.AreaName}", $"Merit value {latest.Label}: difference from all of {dataset.Settings.AreaName}"),
            [t.Pick("Stadsdelsområde", "District"), t.Pick("Skillnad, poäng", "Difference, points")],
            dataset.Districts.Select(d => new TableRowView(d.Name, Routes.District(t, d), [FigureCell.Gap(index.Aggregate(d.Slug, latest, Measure.MeritValue).GapToCity)])).ToList());
        var legend = highlightSlug is null ? Classes.Select((c, i) => new MapLegendItem(c.Fill, ClassLabel(t, i))).ToList() : [];
        var description = highlightSlug is null
            ? t.Pick(
                $"Karta över stadens {dataset.Districts.Count} stadsdelsområden, färgade efter hur mycket meritvärdet läsåret {latest.Label} låg över (blått) eller under (orange) stadens genomsnitt. Talet i varje område är skillnaden i poäng; samma tal står i tabellen.",
                $"Map of the city's {dataset.Districts.Count} districts, coloured by how far the merit value in {latest.Label} was above (blue) or below (orange) the city's mean. The number in each area is the difference in points; the same numbers are in the table.")
            : t.Pick($"Karta över stadens stadsdelsområden där {dataset.Districts.First(d => d.Slug == highlightSlug).Name} är markerat.", $"Map of the city's districts with {dataset.Districts.First(d => d.Slug == highlightSlug).Name} highlighted.");
        return new DistrictMapView(t.Pick($"Stadsdelsområdena läsåret {latest.Label}", $"The districts in {latest.Label}"), description, Width, height, areas, legend, table);
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
