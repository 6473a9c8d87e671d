namespace Site.Render;

/// <summary>
/// Every file of the site but the data files: the pages, to be rendered, and the files already made (assets, search
/// index, robots.txt, sitemap.xml). <c>build</c> renders every page; <c>preview</c> renders the one asked for.
/// </summary>
/// <param name="Files">Made when first asked for: preview needs them only when one is requested, and the search index
/// and the comparison data of a national site took a quarter of a second after every change (issue 18).</param>
public sealed record SitePlan(IReadOnlyList<PagePlan> Pages, Lazy<IReadOnlyList<OutputFile>> Files);
