using Site.Compute.Analysis;
using Site.Compute.Views;
using Site.Load;
using Site.Model;

namespace Site.Build;

/// <summary>
/// The site before rendering: the validated dataset, its analysis and every page's view per language, with the change
/// files that go with them. <c>build</c> renders all of it to disk; <c>preview</c> renders a page when it is asked for.
/// The change files are decided when first needed: a build starts them at once, beside the analysis; preview only when
/// a change page or file is opened.
/// </summary>
public sealed record PreparedSite(
    IReadOnlyList<MarkdownSource> Pages,
    Dataset Dataset,
    AnalysisResult Analysis,
    IReadOnlyList<SiteViews> Views,
    Lazy<SiteChanges> Changes);
