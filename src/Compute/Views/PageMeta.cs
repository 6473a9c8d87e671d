namespace Site.Compute.Views;

/// <summary>A page's path (site-relative, ending in '/'), title, description and breadcrumb trail.</summary>
public sealed record PageMeta(string Path, string Title, string Description, IReadOnlyList<LinkView> Breadcrumbs);
