using NetTopologySuite.Geometries;
using Site.Diagnostics;

namespace Site.Model;

/// <summary>Puts each school in a district: the registry's override wins, otherwise the district whose polygon contains the school's point.</summary>
public static class DistrictAssigner
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    /// <returns>The district, or null (with a warning) when the school lies in none.</returns>
    public static District? Assign(SchoolRecord school, IReadOnlyList<District> districts, DiagnosticBag diagnostics)
    {
        if (school.DistrictOverride is { } name)
        {
            if (districts.FirstOrDefault(d => d.Name == name) is { } named)
            {
                return named;
            }

            diagnostics.Error(school.Source with { Column = 7 }, $"school {school.Code} names a district that is not in the boundary file", name, $"use one of: {string.Join(", ", districts.Take(15).Select(d => d.Name))}{(districts.Count > 15 ? $" … ({districts.Count} in all)" : "")}");
            return null;
        }

        if (school.Latitude is not { } lat || school.Longitude is not { } lon)
        {
            diagnostics.Warning(school.Source, $"school {school.Code} ({school.Name}) has no coordinates and no district, so it is in no district's figures", fix: "fill in lat and lon, or the district column");
            return null;
        }

        var point = Factory.CreatePoint(new Coordinate(lon, lat));

        // Districts are sorted by name, so a point on a shared border goes to the same district on every build.
        var match = districts.FirstOrDefault(d => d.Boundary?.Covers(point) == true);
        if (match is null)
        {
            diagnostics.Warning(school.Source, $"school {school.Code} ({school.Name}) at {lat.ToString(System.Globalization.CultureInfo.InvariantCulture)},{lon.ToString(System.Globalization.CultureInfo.InvariantCulture)} lies outside every district", fix: "check lat/lon (WGS84, lat first), or set the district column");
        }

        return match;
    }
}
