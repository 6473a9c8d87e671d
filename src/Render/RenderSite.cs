using Site.Compute.Views;
using Site.Load;
using Site.Theme.Pages;

namespace Site.Render;

/// <summary>The render stage: every view record becomes an output file. Rendering reads the views and never changes them.</summary>
public static class RenderSite
{
    /// <param name="languages">The views of every page, once per language.</param>
    public static async Task<IReadOnlyList<OutputFile>> RunAsync(IReadOnlyList<SiteViews> languages, IReadOnlyList<MarkdownSource> pages, string baseUrl)
    {
        var (assets, files) = AssetFiles.Build();
        var output = new List<OutputFile>(files);
        await using var razor = new RazorPages();
        foreach (var views in languages)
        {
            await RenderLanguage(razor, views, pages.Where(p => p.Language == views.Frame.T.Language).ToList(), assets, output);
        }

        output.Add(new OutputFile("robots.txt", System.Text.Encoding.UTF8.GetBytes($"User-agent: *\nAllow: /\nSitemap: {baseUrl}/sitemap.xml\n")));
        output.Add(Sitemap.Build(baseUrl, output.Select(f => f.RelativePath)));
        return output.OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList();
    }

    private static async Task RenderLanguage(RazorPages razor, SiteViews views, IReadOnlyList<MarkdownSource> pages, ThemeAssets assets, List<OutputFile> output)
    {
        output.Add(await razor.RenderAsync<CityPage>(IndexFile(views.City.Meta.Path), Parameters(views.City, assets)));
        foreach (var district in views.Districts)
        {
            output.Add(await razor.RenderAsync<DistrictPage>(IndexFile(district.Meta.Path), Parameters(district, assets)));
        }

        foreach (var school in views.Schools)
        {
            output.Add(await razor.RenderAsync<SchoolPage>(IndexFile(school.Meta.Path), Parameters(school, assets)));
        }

        output.Add(await razor.RenderAsync<ChangesPage>(IndexFile(views.Changes.Meta.Path), Parameters(views.Changes, assets)));
        output.Add(await razor.RenderAsync<DownloadsPage>(IndexFile(views.Downloads.Meta.Path), Parameters(views.Downloads, assets)));
        output.Add(await razor.RenderAsync<SearchPage>(IndexFile(views.Search.Meta.Path), Parameters(views.Search, assets)));
        output.Add(await razor.RenderAsync<SchoolIndexPage>(IndexFile(views.SchoolIndex.Meta.Path), Parameters(views.SchoolIndex, assets)));
        var fragments = new Dictionary<string, string>(StringComparer.Ordinal);
        if (views.WorkedExample is { } example)
        {
            fragments["worked-example"] = await razor.RenderFragmentAsync<Theme.Components.WorkedExample>(new Dictionary<string, object?> { ["View"] = example, ["T"] = views.Frame.T });
        }

        foreach (var page in pages)
        {
            var view = MarkdownPages.Build(page, views.Frame, fragments);
            output.Add(await razor.RenderAsync<ContentPage>(IndexFile(view.Meta.Path), Parameters(view, assets)));
        }

        output.Add(await razor.RenderAsync<NotFoundPage>(views.NotFound.Meta.Path.TrimStart('/'), Parameters(views.NotFound, assets)));
    }

    private static Dictionary<string, object?> Parameters(object view, ThemeAssets assets) =>
        new() { ["View"] = view, ["Theme"] = assets };

    /// <summary>"/skolor/99648792/" → "skolor/99648792/index.html", so every page has a clean URL.</summary>
    private static string IndexFile(string path) => path.Trim('/') is { Length: > 0 } folder ? folder + "/index.html" : "index.html";
}
