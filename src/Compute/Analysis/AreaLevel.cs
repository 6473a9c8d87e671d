namespace Site.Compute.Analysis;

public enum AreaLevel
{
    City,
    District,
    /// <summary>A school's own series (trends only).</summary>
    School,
}
