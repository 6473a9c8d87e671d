using System.Collections;

namespace Site.Compute.Views;

/// <summary>
/// Page views built when the renderer asks for one, and not kept: with a page per school for a whole country, holding
/// every view (and every rendered page) at once cost gigabytes. Building a view is pure, so building it again gives the
/// same view. Each view's path is known without building it, so a page can be found (and rendered alone) by its URL.
/// </summary>
/// <param name="key">The key of the view at an index, from what its building reads, without building it (see
/// <see cref="SchoolViewKeys"/>); null where the views have none.</param>
public sealed class LazyViews<T>(
    int count, Func<int, string> path, Func<int, T> build, Func<int, Analysis.Hash128>? key = null) : IReadOnlyList<T>
{
    public int Count => count;

    /// <summary>Whether a view's key is known without building it (<see cref="KeyOf"/>).</summary>
    public bool Keyed => key is not null;

    /// <summary>The key of the view at <paramref name="index"/>: the same key, the same view.</summary>
    public Analysis.Hash128 KeyOf(int index) =>
        key is null
            ? throw new InvalidOperationException("these views have no keys")
            : (uint)index < (uint)count ? key(index) : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>The path of the page the view at <paramref name="index"/> makes, e.g. "/skolor/12345678/".</summary>
    public string PathOf(int index) =>
        (uint)index < (uint)count ? path(index) : throw new ArgumentOutOfRangeException(nameof(index));

    public T this[int index] =>
        (uint)index < (uint)count ? build(index) : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < count; i++)
        {
            yield return build(i);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
