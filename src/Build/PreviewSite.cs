using System.Collections.Concurrent;
using Site.Render;

namespace Site.Build;

/// <summary>
/// The site as preview serves it: prepared once per change, a page rendered when it is asked for, nothing written to
/// disk. The files that need no page (assets, search index, data files, feeds, redirects) are made on the first request
/// for one of them.
/// Pages are the same bytes <c>build</c> writes: the same plan renders them.
/// </summary>
public sealed class PreviewSite
{
    private readonly Dictionary<string, PagePlan> pages;
    private readonly Lazy<Dictionary<string, OutputFile>> files;
    private readonly Lazy<ConcurrentDictionary<string, OutputFile>> data;
    private readonly RenderSession session;

    private PreviewSite(PreparedSite prepared, SitePlan plan, RenderSession session)
    {
        this.session = session;
        pages = plan.Pages.ToDictionary(p => p.File, StringComparer.Ordinal);
        files = new(() => plan.Files.Value.ToDictionary(f => f.RelativePath, StringComparer.Ordinal));
        data = new(() =>
        {
            var made = new ConcurrentDictionary<string, OutputFile>(StringComparer.Ordinal);
            RenderData.Run(
                prepared.Dataset,
                prepared.Analysis,
                prepared.Views,
                prepared.Changes.Value.Manifest,
                prepared.Changes.Value.ChangesJson,
                f => made[f.RelativePath] = f.Kept());
            return made;
        });
    }

    public int PageCount => pages.Count;

    /// <param name="session">The preview session's render services: its chart JSON is kept across the changes it
    /// serves.</param>
    public static PreviewSite Plan(PreparedSite prepared, RenderSession session) =>
        new(
            prepared,
            RenderSite.Plan(prepared.Views, prepared.Pages, prepared.Dataset.Settings.BaseUrl, session),
            session);

    /// <summary>The file a URL path names ("/skolor/123/" → skolor/123/index.html), or null when the site has
    /// none.</summary>
    public async Task<OutputFile?> FindAsync(string urlPath)
    {
        var file = urlPath.TrimStart('/');
        if (file.Length == 0 || file.EndsWith('/'))
        {
            file += "index.html";
        }

        if (pages.TryGetValue(file, out var page))
        {
            await using var razor = new RazorPages(session);
            return await page.Render(razor);
        }

        if (files.Value.TryGetValue(file, out var made))
        {
            return made;
        }

        return RenderData.Makes(file) && data.Value.TryGetValue(file, out var datafile) ? datafile : null;
    }

    /// <summary>Whether the data files have been made (the first request for one of them makes them all).</summary>
    internal bool DataMade => data.IsValueCreated;

    /// <summary>Whether "/skolor/123" (no slash) is a page's folder, so that preview can redirect like a static host
    /// does.</summary>
    public bool IsFolder(string urlPath) => pages.ContainsKey(urlPath.Trim('/') + "/index.html");

    /// <summary>The not-found page in the language of the path.</summary>
    public Task<OutputFile?> NotFoundAsync(string urlPath) =>
        FindAsync(
            urlPath.StartsWith("/en/", StringComparison.Ordinal) && pages.ContainsKey("en/404.html")
                ? "/en/404.html"
                : "/404.html");
}
