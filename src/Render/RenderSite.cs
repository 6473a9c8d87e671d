using Site.Compute.Views;
using Site.Load;
using Site.Theme.Pages;

namespace Site.Render;

/// <summary>The render stage: every view record becomes an output file. Rendering reads the views and never changes them.</summary>
public static class RenderSite
{
    /// <param name="languages">The views of every page, once per language.</param>
    /// <param name="write">Takes each file as soon as it is rendered (the write stage), so no page is held longer than that.</param>
    /// <returns>The paths of the files rendered, sorted.</returns>
    public static async Task<IReadOnlyList<string>> RunAsync(IReadOnlyList<SiteViews> languages, IReadOnlyList<MarkdownSource> pages, string baseUrl, Action<OutputFile> write)
    {
        var (assets, files) = AssetFiles.Build();
        var jobs = new List<Func<RazorPages, Task<OutputFile>>>();
        foreach (var views in languages)
        {
            jobs.AddRange(await LanguageJobs(views, pages.Where(p => p.Language == views.Frame.T.Language).ToList(), assets));
        }

        var others = files.Concat(languages.Select(SearchIndex.Build))
            .Append(new OutputFile("robots.txt", System.Text.Encoding.UTF8.GetBytes($"User-agent: *\nAllow: /\nSitemap: {baseUrl}/sitemap.xml\n")))
            .ToList();
        var paths = (await RenderAll(jobs, write)).Concat(others.Select(f => f.RelativePath)).ToList();
        others.Add(Sitemap.Build(baseUrl, paths));
        foreach (var file in others)
        {
            write(file);
        }

        return paths.Append("sitemap.xml").Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Renders on every core, in batches: each batch has its own renderer, disposed when done, because an HtmlRenderer
    /// keeps every component it has rendered until it is disposed (with a page per school that grew to gigabytes).
    /// </summary>
    private static async Task<string[]> RenderAll(List<Func<RazorPages, Task<OutputFile>>> jobs, Action<OutputFile> write)
    {
        const int Batch = 16;
        var paths = new string[jobs.Count];
        var batches = Enumerable.Range(0, (jobs.Count + Batch - 1) / Batch);
        await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, async (b, _) =>
        {
            await using var razor = new RazorPages();
            for (var i = b * Batch; i < Math.Min(jobs.Count, (b + 1) * Batch); i++)
            {
                var file = await jobs[i](razor);
                write(file);
                paths[i] = file.RelativePath;
            }
        });
        return paths;
    }

    private static async Task<List<Func<RazorPages, Task<OutputFile>>>> LanguageJobs(SiteViews views, IReadOnlyList<MarkdownSource> pages, ThemeAssets assets)
    {
        var jobs = new List<Func<RazorPages, Task<OutputFile>>>
        {
            r => r.RenderAsync<CityPage>(IndexFile(views.City.Meta.Path), Parameters(views.City, assets)),
        };
        // A school's or area's view is built inside its job (LazyViews), so it lives only as long as its rendering.
        for (var i = 0; i < views.Districts.Count; i++)
        {
            var index = i;
            jobs.Add(r =>
            {
                var view = views.Districts[index];
                return r.RenderAsync<DistrictPage>(IndexFile(view.Meta.Path), Parameters(view, assets));
            });
        }

        for (var i = 0; i < views.Schools.Count; i++)
        {
            var index = i;
            jobs.Add(r =>
            {
                var view = views.Schools[index];
                return r.RenderAsync<SchoolPage>(IndexFile(view.Meta.Path), Parameters(view, assets));
            });
        }
        jobs.Add(r => r.RenderAsync<ChangesPage>(IndexFile(views.Changes.Meta.Path), Parameters(views.Changes, assets)));
        jobs.Add(r => r.RenderAsync<DownloadsPage>(IndexFile(views.Downloads.Meta.Path), Parameters(views.Downloads, assets)));
        jobs.Add(r => r.RenderAsync<SearchPage>(IndexFile(views.Search.Meta.Path), Parameters(views.Search, assets)));
        jobs.Add(r => r.RenderAsync<SchoolIndexPage>(IndexFile(views.SchoolIndex.Meta.Path), Parameters(views.SchoolIndex, assets)));
        var fragments = new Dictionary<string, string>(StringComparer.Ordinal);
        if (views.WorkedExample is { } example)
        {
            await using var razor = new RazorPages();
            fragments["worked-example"] = await razor.RenderFragmentAsync<Theme.Components.WorkedExample>(new Dictionary<string, object?> { ["View"] = example, ["T"] = views.Frame.T });
        }

        foreach (var page in pages)
        {
            var view = MarkdownPages.Build(page, views.Frame, fragments);
            jobs.Add(r => r.RenderAsync<ContentPage>(IndexFile(view.Meta.Path), Parameters(view, assets)));
        }

        jobs.Add(r => r.RenderAsync<NotFoundPage>(views.NotFound.Meta.Path.TrimStart('/'), Parameters(views.NotFound, assets)));
        return jobs;
    }

    private static Dictionary<string, object?> Parameters(object view, ThemeAssets assets) =>
        new() { ["View"] = view, ["Theme"] = assets };

    /// <summary>"/skolor/99648792/" → "skolor/99648792/index.html", so every page has a clean URL.</summary>
    private static string IndexFile(string path) => path.Trim('/') is { Length: > 0 } folder ? folder + "/index.html" : "index.html";
}
