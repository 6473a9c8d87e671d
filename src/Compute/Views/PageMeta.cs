namespace Site.Compute.Views;

/// <summary>A page's path (site-relative, ending in '/'), title, short name (its last breadcrumb), description and
/// breadcrumb trail.</summary>
public sealed record PageMeta(
    string Path,
    string Title,
    string ShortName,
    string Description,
    IReadOnlyList<LinkView> Breadcrumbs);
