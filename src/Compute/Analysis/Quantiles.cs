namespace Site.Compute.Analysis;

/// <summary>Quantiles by linear interpolation between order statistics (Hyndman–Fan type 7, as in Excel's KVARTIL.INK
/// and R's default).</summary>
public static class Quantiles
{
    public static decimal Of(IReadOnlyList<decimal> sorted, decimal p)
    {
        if (sorted.Count == 0)
        {
            throw new ArgumentException("No values.", nameof(sorted));
        }

        var h = (sorted.Count - 1) * p;
        var low = (int)Math.Floor(h);
        var high = Math.Min(low + 1, sorted.Count - 1);
        return sorted[low] + (h - low) * (sorted[high] - sorted[low]);
    }
}
