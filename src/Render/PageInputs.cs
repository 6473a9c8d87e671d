using Site.Compute.Analysis;

namespace Site.Render;

/// <summary>
/// What one page is rendered from: its component and parameters (the view built), and how to render them.
/// <see cref="Parameters"/> is null for a page whose parameters are made while it renders (a Markdown page waits for
/// its fragments); such a page has no fingerprint and is always rendered. <see cref="Render"/> lends the page to its
/// second argument, which must not keep its bytes (<see cref="RazorPages"/>).
/// </summary>
public sealed record PageInputs(
    Type Component,
    IReadOnlyDictionary<string, object?>? Parameters,
    Func<RazorPages, Action<OutputFile>, Task> Render)
{
    /// <summary>The page's fingerprint: its component and its parameters by name; null when it has none.</summary>
    public Hash128? Fingerprint(ViewFingerprints views)
    {
        if (Parameters is null)
        {
            return null;
        }

        // Each name then its value, by name: sorted and paired through LINQ, a page's two parameters cost more than
        // their 10,588 pages' fingerprints should.
        var pairs = Parameters.ToArray();
        Array.Sort(pairs, static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        var items = new object?[pairs.Length * 2];
        for (var i = 0; i < pairs.Length; i++)
        {
            (items[2 * i], items[(2 * i) + 1]) = (pairs[i].Key, pairs[i].Value);
        }

        return views.Of(Component, items);
    }
}
