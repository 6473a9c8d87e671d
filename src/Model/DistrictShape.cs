using NetTopologySuite.Geometries;

namespace Site.Model;

/// <summary>A district's name and boundary as read from the GeoJSON file.</summary>
public sealed record DistrictShape(string Name, Geometry Boundary, SourceRef Source);
