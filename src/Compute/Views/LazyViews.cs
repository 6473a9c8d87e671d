using System.Collections;

namespace Site.Compute.Views;

/// <summary>
/// Page views built when the renderer asks for one, and not kept: with a page per school for a whole country, holding
/// every view (and every rendered page) at once cost gigabytes. Building a view is pure, so building it again gives the same view.
/// </summary>
public sealed class LazyViews<T>(int count, Func<int, T> build) : IReadOnlyList<T>
{
    public int Count => count;

    public T this[int index] => (uint)index < (uint)count ? build(index) : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < count; i++)
        {
            yield return build(i);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
