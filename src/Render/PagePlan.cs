using Site.Compute.Analysis;

namespace Site.Render;

/// <summary>
/// One page of the site: the file it becomes and how to make it (its view is built when it is made). <see cref="Make"/>
/// builds the view and gives the component and parameters it is rendered with, so that a build can fingerprint them
/// before it renders.
/// </summary>
public sealed record PagePlan(string File, Func<PageInputs> Make)
{
    /// <summary>The page's fingerprint from its view's key, without building the view (a school page's); null where
    /// only the view built can be fingerprinted.</summary>
    public Func<ViewFingerprints, Hash128>? Key { get; init; }

    /// <summary>Builds the view and renders the page, into an array of its own.</summary>
    public async Task<OutputFile> Render(RazorPages razor)
    {
        OutputFile? page = null;
        await Make().Render(razor, lent => page = lent.Kept());
        return page!;
    }
}
