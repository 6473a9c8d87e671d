using System.Globalization;
using System.Text;
using NetTopologySuite.Geometries;
using NetTopologySuite.Simplify;
using Site.Model;

namespace Site.Compute;

/// <summary>
/// The districts' outlines projected for the map (an equirectangular projection around the city's centre, fine at city
/// scale) and simplified with NetTopologySuite: they depend only on the boundaries, yet every map on every page needs
/// them, so the views of a build make them once (<see cref="Of"/>) and hand them to every map through the index.
/// </summary>
/// <param name="Areas">
/// Each district's outline, label point and width, in <see cref="Dataset.Districts"/>' order.
/// </param>
public sealed record DistrictShapes(
    double Height, IReadOnlyList<(string Path, (double X, double Y) Label, double Width)> Areas)
{
    /// <summary>The shapes of a dataset's districts; null where the areas have no outlines (municipalities).</summary>
    public static DistrictShapes? Of(Dataset dataset)
    {
        if (dataset.Districts.Count == 0 || dataset.Districts.Any(d => d.Boundary is null))
        {
            return null;
        }

        var envelope = new Envelope();
        foreach (var district in dataset.Districts)
        {
            envelope.ExpandToInclude(district.Boundary!.EnvelopeInternal);
        }

        var scaleX = Math.Cos(envelope.Centre.Y * Math.PI / 180);
        var scale = DistrictMapBuilder.Width / (envelope.Width * scaleX);
        (double X, double Y) Point(Coordinate c) =>
            ((c.X - envelope.MinX) * scaleX * scale, (envelope.MaxY - c.Y) * scale);
        var areas = dataset.Districts
            .Select(d => (
                PathData(TopologyPreservingSimplifier.Simplify(d.Boundary!, 0.0004), Point),
                Point(d.Boundary!.InteriorPoint.Coordinate),
                d.Boundary!.EnvelopeInternal.Width * scaleX * scale))
            .ToList();
        return new DistrictShapes(Math.Round(envelope.Height * scale, 1), areas);
    }

    private static string PathData(Geometry geometry, Func<Coordinate, (double X, double Y)> project)
    {
        var builder = new StringBuilder();
        var polygons = geometry is MultiPolygon multi
            ? multi.Geometries.Cast<Polygon>()
            : geometry is Polygon single ? [single] : [];
        foreach (var polygon in polygons)
        {
            foreach (var ring in new[] { polygon.ExteriorRing }.Concat(polygon.InteriorRings))
            {
                var coordinates = ring.Coordinates;
                for (var i = 0; i < coordinates.Length - 1; i++)
                {
                    var (x, y) = project(coordinates[i]);
                    builder
                        .Append(i == 0 ? 'M' : 'L')
                        .Append(x.ToString("0.#", CultureInfo.InvariantCulture))
                        .Append(',')
                        .Append(y.ToString("0.#", CultureInfo.InvariantCulture));
                }

                builder.Append('Z');
            }
        }

        return builder.ToString();
    }
}
