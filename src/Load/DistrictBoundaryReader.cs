using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using Site.Diagnostics;
using Site.Model;

namespace Site.Load;

/// <summary>Reads district boundaries from a GeoJSON FeatureCollection (WGS84 lon/lat) with NetTopologySuite.</summary>
public static class DistrictBoundaryReader
{
    public static IReadOnlyList<DistrictShape> Read(
        string path,
        string text,
        string nameProperty,
        DiagnosticBag diagnostics)
    {
        var options = new JsonSerializerOptions();
        options.Converters.Add(new GeoJsonConverterFactory());
        FeatureCollection? collection;
        try
        {
            collection = JsonSerializer.Deserialize<FeatureCollection>(text, options);
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException
            or NotSupportedException)
        {
            var line = ex is JsonException json ? (int)(json.LineNumber ?? 0) + 1 : 1;
            diagnostics.Error(
                new SourceRef(path, line),
                $"not a GeoJSON FeatureCollection: {ex.Message.Split(" Path:")[0]}",
                fix: "export the boundaries as GeoJSON in WGS84 (EPSG:4326)");
            return [];
        }

        var shapes = new List<DistrictShape>();
        for (var i = 0; i < (collection?.Count ?? 0); i++)
        {
            var feature = collection![i];
            var where = new SourceRef(path, 1, 0);
            var name = feature.Attributes?.Exists(nameProperty) == true
                ? feature.Attributes[nameProperty]?.ToString()?.Trim()
                : null;
            if (string.IsNullOrEmpty(name))
            {
                diagnostics.Error(
                    where,
                    $"feature {i + 1} has no property '{nameProperty}' to name its district",
                    fix: "set districtNameProperty in site.json to the property that holds the name");
                continue;
            }

            if (feature.Geometry is not (Polygon or MultiPolygon) || !feature.Geometry.IsValid)
            {
                diagnostics.Error(
                    where,
                    $"district '{name}' (feature {i + 1}) needs a valid Polygon or MultiPolygon",
                    feature.Geometry?.GeometryType);
                continue;
            }

            var envelope = feature.Geometry.EnvelopeInternal;
            if (envelope.MinX < -180 || envelope.MaxX > 180 || envelope.MinY < -90 || envelope.MaxY > 90)
            {
                diagnostics.Error(
                    where,
                    $"district '{name}' is not in WGS84 longitude/latitude",
                    fix: "reproject the file to EPSG:4326");
                continue;
            }

            shapes.Add(new DistrictShape(name, feature.Geometry, where));
        }

        if (shapes.Count == 0 && !diagnostics.HasErrors)
        {
            diagnostics.Error(new SourceRef(path, 1), "the file holds no districts");
        }

        return shapes;
    }
}
