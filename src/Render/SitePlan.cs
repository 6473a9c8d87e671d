namespace Site.Render;

/// <summary>
/// Every file of the site but the data files: the pages, to be rendered, and the files already made (assets, search
/// index, robots.txt, sitemap.xml). <c>build</c> renders every page; <c>preview</c> renders the one asked for.
/// </summary>
public sealed record SitePlan(IReadOnlyList<PagePlan> Pages, IReadOnlyList<OutputFile> Files);
