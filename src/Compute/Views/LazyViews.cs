using System.Collections;

namespace Site.Compute.Views;

/// <summary>
/// Page views built when the renderer asks for one, and not kept: with a page per school for a whole country, holding
/// every view (and every rendered page) at once cost gigabytes. Building a view is pure, so building it again gives the
/// same view. Each view's path is known without building it, so a page can be found (and rendered alone) by its URL.
/// </summary>
public sealed class LazyViews<T>(int count, Func<int, string> path, Func<int, T> build) : IReadOnlyList<T>
{
    public int Count => count;

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
