using Site.Compute;
using Site.Compute.Analysis;
using Site.Compute.Views;
using Site.Load;
using Site.Model;
using Site.Theme.Pages;

namespace Site.Render;

/// <summary>The render stage: every view record becomes an output file. Rendering reads the views and never changes
/// them.</summary>
public static class RenderSite
{
    /// <param name="languages">The views of every page, once per language.</param>
    /// <param name="write">Takes each file as soon as it is rendered (the write stage), so no page is held longer than
    /// that; a page's bytes are lent (a buffer reused once write returns), so write must not keep them.</param>
    /// <param name="session">What the build's renderers share; the build owns it, and it lives no longer than the
    /// build.</param>
    /// <returns>The paths of the files rendered, sorted.</returns>
    /// <param name="reuse">Keeps the pages whose fingerprint is the last build's; null renders every page.</param>
    public static async Task<IReadOnlyList<string>> RunAsync(
        IReadOnlyList<SiteViews> languages,
        IReadOnlyList<MarkdownSource> pages,
        string baseUrl,
        RenderSession session,
        Action<OutputFile> write,
        OutputReuse? reuse = null)
    {
        var plan = Plan(languages, pages, baseUrl, session);
        await RenderAll(plan.Pages, write, session, reuse);
        foreach (var file in plan.Files.Value)
        {
            write(file);
        }

        return plan.Pages
            .Select(p => p.File)
            .Concat(plan.Files.Value.Select(f => f.RelativePath))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Every page and the files that need no rendering; nothing is rendered yet.</summary>
    /// <param name="session">The build's (or preview session's) render services, for the fragments of the Markdown
    /// pages.</param>
    public static SitePlan Plan(
        IReadOnlyList<SiteViews> languages,
        IReadOnlyList<MarkdownSource> pages,
        string baseUrl,
        RenderSession session)
    {
        var (assets, files) = session.Assets;
        var plans = new List<PagePlan>();
        foreach (var views in languages)
        {
            plans.AddRange(
                LanguagePages(views, pages.Where(p => p.Language == views.Frame.T.Language).ToList(), assets, session));
        }

        return new SitePlan(plans, new(() =>
        {
            // Each language's search index and comparison data on a core of its own: a build makes them after its last
            // page, when the other core has nothing left to do (nationally ~0.37 s on one core).
            IReadOnlyList<(SiteViews Views, bool Search)> jobs =
                [.. languages.Select(v => (v, true)), .. languages.Select(v => (v, false))];
            var made = ParallelMap.Ordered(
                jobs, job => job.Search ? SearchIndex.Build(job.Views) : CompareData.Build(job.Views.CompareData()));
            var others = files.Concat(made)
                .Append(
                    new OutputFile(
                        "robots.txt",
                        System.Text.Encoding.UTF8.GetBytes(
                            $"User-agent: *\nAllow: /\nSitemap: {baseUrl}/sitemap.xml\n")))
                .ToList();
            others.Add(
                Sitemap.Build(
                    baseUrl,
                    plans
                        .Select(p => p.File)
                        .Where(f => !Routes.IsEmbed(f))
                        .Concat(others.Select(f => f.RelativePath))));
            others.Add(FrameHeaders.Build(plans.Select(p => p.File)));
            return others;
        }));
    }

    /// <summary>
    /// Renders on every core, in batches of a few pages: each batch has its own renderer (a page writer and its
    /// builders, reused page after page), made only when one of its pages is not kept from the last build.
    /// </summary>
    private static async Task RenderAll(
        IReadOnlyList<PagePlan> jobs, Action<OutputFile> write, RenderSession session, OutputReuse? reuse)
    {
        const int Batch = 4;
        var batches = Enumerable.Range(0, (jobs.Count + Batch - 1) / Batch);
        await Parallel.ForEachAsync(
            batches,
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            async (b, _) =>
            {
                // Made when a batch first renders: a batch whose pages are all kept needs no renderer.
                RazorPages? razor = null;
                try
                {
                    for (var i = b * Batch; i < Math.Min(jobs.Count, (b + 1) * Batch); i++)
                    {
                        var file = jobs[i].File;
                        // A page with a key is kept without building its view; any other's view is built first.
                        var keyed = reuse is null ? null : jobs[i].Key?.Invoke(reuse.Stamps.Views);
                        if (keyed is { } key && Kept(reuse!, file, key))
                        {
                            continue;
                        }

                        var inputs = jobs[i].Make();
                        var fingerprint = reuse is null ? null : keyed ?? inputs.Fingerprint(reuse.Stamps.Views);
                        if (keyed is null && fingerprint is { } print && Kept(reuse!, file, print))
                        {
                            continue;
                        }

                        FileStamp? made = null;
                        await inputs.Render(razor ??= new RazorPages(session), page =>
                        {
                            write(page);
                            if (fingerprint is { } print)
                            {
                                made = new FileStamp(
                                    print,
                                    page.Content.Length,
                                    OutputStamps.ContentHash(page.Content));
                            }
                        });
                        if (made is { } stamp)
                        {
                            reuse!.Stamps.Record(file, stamp);
                        }
                    }
                }
                finally
                {
                    if (razor is not null)
                    {
                        await razor.DisposeAsync();
                    }
                }
            });
    }

    /// <summary>Keeps the last build's file when its fingerprint is <paramref name="fingerprint"/>.</summary>
    private static bool Kept(OutputReuse reuse, string file, Hash128 fingerprint)
    {
        if (reuse.Stamps.Previous(file) is not { } last
            || last.Fingerprint != fingerprint
            || last.Sha256 is not null
            || !reuse.Keep(file, last))
        {
            return false;
        }

        reuse.Stamps.Record(file, last);
        reuse.KeptPage();
        return true;
    }

    private static List<PagePlan> LanguagePages(
        SiteViews views,
        IReadOnlyList<MarkdownSource> pages,
        ThemeAssets assets,
        RenderSession session)
    {
        var jobs = new List<PagePlan>();
        void Add<TPage>(string path, Func<object> view, Func<Hash128>? key = null)
            where TPage : Microsoft.AspNetCore.Components.IComponent
        {
            var file = IndexFile(path);
            jobs.Add(new PagePlan(file, () => Inputs<TPage>(file, Parameters(view(), assets)))
            {
                // The parameters but the view, by name, as PageInputs writes them.
                Key = key is null ? null : prints => prints.Keyed(typeof(TPage), key(), views.Frame, ["Theme", assets]),
            });
        }

        var t = views.Frame.T;
        Add<CityPage>(Routes.City(t), () => views.City.Value);
        // A school's or area's view is built inside its job (LazyViews), so it lives only as long as its rendering.
        for (var i = 0; i < views.Districts.Count; i++)
        {
            var index = i;
            Add<DistrictPage>(
                views.Districts.PathOf(index),
                () => views.Districts[index],
                views.Districts.Keyed ? () => views.Districts.KeyOf(index) : null);
        }

        for (var i = 0; i < views.Schools.Count; i++)
        {
            var index = i;
            Add<SchoolPage>(
                views.Schools.PathOf(index),
                () => views.Schools[index],
                views.Schools.Keyed ? () => views.Schools.KeyOf(index) : null);
        }

        Add<ChangesPage>(Routes.Changes(t), () => views.Changes.Value);
        Add<DownloadsPage>(views.Downloads.Meta.Path, () => views.Downloads);
        Add<SearchPage>(views.Search.Meta.Path, () => views.Search);
        Add<SchoolIndexPage>(Routes.SchoolIndex(t), () => views.SchoolIndex.Value);
        // The fragments are rendered once, when the first Markdown page that may show them is rendered.
        var fragments = new Lazy<Task<Dictionary<string, string>>>(async () =>
        {
            var made = new Dictionary<string, string>(StringComparer.Ordinal);
            await using var razor = new RazorPages(session);
            if (views.WorkedExample.Value is { } example)
            {
                made[Placeholders.WorkedExample] = await razor.RenderFragmentAsync<Theme.Components.WorkedExample>(
                    new Dictionary<string, object?> { ["View"] = example, ["T"] = t });
            }

            if (views.Reconciliation.Value is { } reconciliation)
            {
                made[Placeholders.Reconciliation] = await razor.RenderFragmentAsync<Theme.Components.TableFragment>(
                    new Dictionary<string, object?> { ["View"] = reconciliation, ["T"] = t });
            }

            if (views.ExpectedExample.Value is { } expectedExample)
            {
                made[Placeholders.ExpectedExample] = await razor.RenderFragmentAsync<Theme.Components.TableFragment>(
                    new Dictionary<string, object?> { ["View"] = expectedExample, ["T"] = t });
            }

            return made;
        });
        foreach (var page in pages)
        {
            var file = IndexFile(Routes.Content(t, page.Slug));
            jobs.Add(new PagePlan(file, () => new PageInputs(
                typeof(ContentPage),
                Parameters: null,
                Render: async (r, use) => await r.RenderAsync<ContentPage>(
                    file, Parameters(MarkdownPages.Build(page, views.Frame, await fragments.Value), assets), use))));
        }

        Add<EmbedPage>(Routes.EmbedPage(t), () => new EmbedPageView(views.Frame));
        Add<ComparePage>(Routes.Compare(t), views.Compare);
        var notFound = views.NotFound.Meta.Path.TrimStart('/');
        jobs.Add(new PagePlan(notFound, () => Inputs<NotFoundPage>(notFound, Parameters(views.NotFound, assets))));
        return jobs;
    }

    private static PageInputs Inputs<TPage>(string file, Dictionary<string, object?> parameters)
        where TPage : Microsoft.AspNetCore.Components.IComponent =>
        new(typeof(TPage), parameters, (r, use) => r.RenderAsync<TPage>(file, parameters, use));

    private static Dictionary<string, object?> Parameters(object view, ThemeAssets assets) =>
        new() { ["View"] = view, ["Theme"] = assets };

    /// <summary>"/skolor/99648792/" → "skolor/99648792/index.html", so every page has a clean URL.</summary>
    private static string IndexFile(string path) =>
        path.Trim('/') is { Length: > 0 } folder ? folder + "/index.html" : "index.html";
}
