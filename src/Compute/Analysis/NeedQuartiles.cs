namespace Site.Compute.Analysis;

/// <summary>
/// The need quartiles every high- vs low-need comparison uses (results and staff alike): limits of type 7 over the need
/// index of the schools with a number; a school at or above the upper limit is high-need, at or below the lower one
/// low-need, so tied schools at a limit all belong to its group.
/// </summary>
public static class NeedQuartiles
{
    /// <returns>Null when fewer than <see cref="SocioeconomicGaps.MinimumSchools"/> schools have a number, or the
    /// limits coincide.</returns>
    public static (decimal Lower, decimal Upper)? Limits(IEnumerable<decimal> reportedIndexes)
    {
        var sorted = reportedIndexes.Order().ToList();
        if (sorted.Count < SocioeconomicGaps.MinimumSchools)
        {
            return null;
        }

        var lower = Quantiles.Of(sorted, 0.25m);
        var upper = Quantiles.Of(sorted, 0.75m);
        return lower < upper ? (lower, upper) : null;
    }
}
