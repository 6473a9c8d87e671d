using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.ObjectPool;

namespace Site.Render;

/// <summary>
/// What the renderers of one build, or of one preview session, share: the services the pages are rendered with and the
/// chart JSON made so far. It is made by the build (or the preview) and dropped with it, so nothing a build made
/// outlives it in a static table.
/// </summary>
public sealed class RenderSession : IDisposable
{
    // The default encoder escapes every non-ASCII letter (å → &#xE5;); Swedish text reads better, and weighs less, as
    // itself. Making it took longer than a page, and it holds nothing of a build: one for the process.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    // More than the renderers a build runs at once, so that every writer is kept for the next renderer.
    private const int MaxWriters = 16;

    private readonly Lazy<(ThemeAssets, IReadOnlyList<OutputFile>)> assets = new(AssetFiles.Build);

    public RenderSession()
    {
        Services = new ServiceCollection()
            .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
            .AddSingleton(Encoder)
            .AddSingleton(Traces)
            .BuildServiceProvider();
        writers = new DefaultObjectPoolProvider { MaximumRetained = MaxWriters }
            .Create(new MadePolicy<ComponentHtmlWriter>(() => new(Services, kinds, Encoder)));
    }

    /// <summary>
    /// The theme's assets and their files, made when first asked for: they are embedded in the program, so one set
    /// serves every plan of the session. Made for each preview save, their 1.5 MB read and hashed again took 30-40 ms
    /// of it, most of that in the collections their large arrays set off.
    /// </summary>
    public (ThemeAssets Assets, IReadOnlyList<OutputFile> Files) Assets => assets.Value;

    // What each component type needs to be run (its services, cascading parameters, template), found once per session.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Type, ComponentKind> kinds = new();

    // Writers given back by renderers that are done: a build makes a renderer per few pages, and a writer's builders
    // grown to a page's size (a school page is ~10,000 frames) were grown again from nothing for every one of them.
    // A pool without locks (a ConcurrentBag's lock was waited on by both rendering threads); disposing it disposes
    // the writers it keeps.
    private readonly ObjectPool<ComponentHtmlWriter> writers;

    /// <summary>A page writer of this session's components, for one renderer (one page at a time).</summary>
    public ComponentHtmlWriter Writer() => writers.Get();

    /// <summary>Takes back a writer whose renderer is done, for the next renderer.</summary>
    public void Return(ComponentHtmlWriter writer) => writers.Return(writer);

    /// <summary>The chart trace JSON of this build's pages (injected into the pages that draw charts).</summary>
    public ChartTraces Traces { get; } = new();

    internal ServiceProvider Services { get; }

    public void Dispose()
    {
        Services.Dispose();
        Traces.Dispose();
        (writers as IDisposable)?.Dispose();
    }
}
