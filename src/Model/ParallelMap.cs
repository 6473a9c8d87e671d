namespace Site.Model;

/// <summary>
/// Each item mapped on every core, the results in the items' order. In place of PLINQ's
/// <c>AsParallel().AsOrdered().Select(...).ToList()</c>: PLINQ's operators are generic over the items and reached
/// through generic virtual calls, which the published (ReadyToRun) program cannot compile ahead of time, so each query
/// compiled some hundred methods just in time on the thread that asked for it, in the middle of Stockholm's validation.
/// </summary>
public static class ParallelMap
{
    public static List<TResult> Ordered<TItem, TResult>(IReadOnlyList<TItem> items, Func<TItem, TResult> map)
    {
        var results = new TResult[items.Count];
        Parallel.For(0, items.Count, i => results[i] = map(items[i]));
        return [.. results];
    }

    /// <summary>
    /// As <see cref="Ordered{TItem, TResult}"/>, each worker with scratch of its own, made once and handed to each item
    /// it maps: a large working table made for every item is a large-object allocation each time, and enough of those
    /// set off a full collection.
    /// </summary>
    public static List<TResult> Ordered<TItem, TScratch, TResult>(
        IReadOnlyList<TItem> items, Func<TScratch> scratch, Func<TItem, TScratch, TResult> map)
    {
        var results = new TResult[items.Count];
        Parallel.For(
            0,
            items.Count,
            scratch,
            (i, _, own) =>
            {
                results[i] = map(items[i], own);
                return own;
            },
            static _ => { });
        return [.. results];
    }
}
