namespace Site.Compute.Analysis;

public enum AreaLevel
{
    City,
    District,
}
