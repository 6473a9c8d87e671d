using NetTopologySuite.Geometries;

namespace Site.Model;

/// <summary>A district with its URL slug and boundary.</summary>
public sealed record District(string Name, string Slug, Geometry Boundary);
