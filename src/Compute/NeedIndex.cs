using Site.Model;

namespace Site.Compute;

/// <summary>
/// The site's socioeconomic need index from Skolverket's background shares, 0 (least need) to 100 (most):
/// the mean of the share of pupils whose parents lack post-secondary education and the share with foreign background.
/// </summary>
public static class NeedIndex
{
    /// <returns>Null when either share is a marker: no index is invented.</returns>
    public static decimal? Of(BackgroundRow? row) =>
        row is { ParentsPostSecondaryPct.Number: { } parents, ForeignBackgroundPct.Number: { } foreign }
            ? ((100m - parents) + foreign) / 2m
            : null;
}
