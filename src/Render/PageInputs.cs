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
    public UInt128? Fingerprint(ViewFingerprints views) =>
        Parameters is null
            ? null
            : views.Of(
                Component,
                Parameters.OrderBy(p => p.Key, StringComparer.Ordinal).SelectMany(p => new[] { p.Key, p.Value }));
}
