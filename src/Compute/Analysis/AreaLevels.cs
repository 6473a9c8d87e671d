using Site.Model;

namespace Site.Compute.Analysis;

public static class AreaLevels
{
    /// <summary>An area's level, as the data files' <c>level</c> column writes it: the whole is the city's.</summary>
    public static AreaLevel Of(Area area) => area.IsWhole ? AreaLevel.City : AreaLevel.District;
}
