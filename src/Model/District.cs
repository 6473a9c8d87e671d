using NetTopologySuite.Geometries;

namespace Site.Model;

/// <summary>A district with its URL slug and boundary; a municipality standing as a district has no boundary.</summary>
public sealed record District(string Name, string Slug, Geometry? Boundary)
{
    /// <summary>The municipality's code when the district is a municipality (a county's or the country's
    /// site).</summary>
    public string? MunicipalityCode { get; init; }
}
