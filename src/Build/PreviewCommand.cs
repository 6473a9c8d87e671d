using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Logging;
using Site.Compute.Analysis;
using Site.Load;
using Site.Render;

namespace Site.Build;

/// <summary>
/// Serves the site on 127.0.0.1 from memory and prepares it again when data/ or input/ change: only the changed results
/// files are read again, and a page is rendered when the browser asks for it, so a change shows at once even for a
/// whole country. Nothing is written: <c>build</c> writes the site. A change with errors keeps the last good site on
/// screen and prints the errors; started with errors, every page says so until a save fixes them. Razor templates are
/// compiled into the program, so a change under theme/ needs a restart.
/// </summary>
public static class PreviewCommand
{
    public static async Task<int> RunAsync(BuildPaths paths, int port, TextWriter log, CancellationToken cancel)
    {
        // Watching starts first, so that a file saved while the site is being prepared is not missed.
        using var rebuild = new SemaphoreSlim(0);
        var watchers = new[] { paths.Data, paths.Input, "theme" }.Where(Directory.Exists).Select(folder =>
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, EnableRaisingEvents = true };
            void Changed(object sender, FileSystemEventArgs e)
            {
                if (folder == "theme" && e.FullPath.EndsWith(".razor", StringComparison.Ordinal))
                {
                    log.WriteLine($"{e.FullPath} changed: templates are compiled, restart preview to see it.");
                    return;
                }

                rebuild.Release();
            }

            watcher.Changed += Changed;
            watcher.Created += Changed;
            watcher.Deleted += Changed;
            watcher.Renamed += Changed;
            return watcher;
        }).ToList();

        // The session's caches: the inputs read and checked so far, the last save's analysis, and the chart JSON made
        // so far.
        var cache = new LoadCache();
        var analysis = new AnalysisCache();
        using var session = new RenderSession();
        // With errors from the start there is no site to show yet: preview says so on every page until a save fixes
        // them.
        var current = Prepare(paths, log, cache, analysis, session);
        if (current is not null)
        {
            // Once more from the caches, unlogged: the code a rebuild runs is then compiled before the first save, not
            // during it (the first run computed everything; this one keeps it all, as a save keeps most of it).
            _ = PrepareSite.Run(
                paths,
                TextWriter.Null,
                new StageTimer(TextWriter.Null),
                cache,
                changesNow: false,
                analysisCache: analysis);
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        await using var app = builder.Build();
        var types = new FileExtensionContentTypeProvider();
        app.Run(async context =>
        {
            var site = Volatile.Read(ref current);
            var path = context.Request.Path.Value ?? "/";
            context.Response.Headers.CacheControl = "no-store";
            if (site is null)
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                context.Response.ContentType = "text/plain; charset=utf-8";
                await context.Response.WriteAsync(NoSiteYet, context.RequestAborted);
                return;
            }

            if (!path.EndsWith('/') && site.IsFolder(path))
            {
                context.Response.Redirect(path + "/");
                return;
            }

            var file = await site.FindAsync(path);
            if (file is null)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                file = await site.NotFoundAsync(path);
            }

            if (file is not null)
            {
                var type = types.TryGetContentType(file.RelativePath, out var known)
                    ? known
                    : "application/octet-stream";
                context.Response.ContentType = type.StartsWith("text/", StringComparison.Ordinal)
                    || type.EndsWith("json", StringComparison.Ordinal)
                    || type.EndsWith("javascript", StringComparison.Ordinal)
                    ? type + "; charset=utf-8"
                    : type;
                foreach (var part in file.Content)
                {
                    await context.Response.Body.WriteAsync(part, context.RequestAborted);
                }
            }
        });
        await app.StartAsync(cancel);

        // The web host takes over SIGTERM (and Ctrl+C) once started: stop the watch loop when it stops, too.
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancel, app.Lifetime.ApplicationStopping);
        cancel = stopping.Token;
        CollectSoon(cancel);
        log.WriteLine(
            $"Preview: http://127.0.0.1:{port}/ (Ctrl+C to stop). Watching {paths.Data} and {paths.Input}; pages are "
            + $"rendered when opened, and nothing is written to {paths.Output} (run build for that).");
        if (current is null)
        {
            log.Write(NoSiteYet);
        }

        try
        {
            while (!cancel.IsCancellationRequested)
            {
                await rebuild.WaitAsync(cancel);
                await Task.Delay(
                    20,
                    cancel); // one save raises several events within a few milliseconds: one rebuild per burst
                while (rebuild.CurrentCount > 0)
                {
                    await rebuild.WaitAsync(cancel);
                }

                if (Prepare(paths, log, cache, analysis, session) is { } next)
                {
                    Volatile.Write(ref current, next);
                    CollectSoon(cancel);
                }
                else
                {
                    log.WriteLine(
                        Volatile.Read(ref current) is null
                            ? NoSiteYet
                            : "The preview still shows the last good site: fix the errors above.");
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            watchers.ForEach(w => w.Dispose());
            await app.StopAsync(CancellationToken.None);
        }

        return ExitCodes.Ok;
    }

    private const string NoSiteYet = "Förhandsvisningen har ingen sajt än: datan har fel, som listas där preview körs. "
        + "Rätta dem och spara, så visas sajten.\n"
        + "The preview has no site yet: the data has errors, listed where preview runs. Fix them and save, and the "
        + "site shows.\n";

    /// <summary>
    /// What the last preparation left is garbage: collect it while the user looks, not during the next rebuild (the
    /// page the browser reloads first is served before).
    /// </summary>
    private static void CollectSoon(CancellationToken cancel) =>
        _ = Task.Delay(500, cancel).ContinueWith(
            _ => GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true),
            CancellationToken.None,
            TaskContinuationOptions.OnlyOnRanToCompletion,
            TaskScheduler.Default);

    private static PreviewSite? Prepare(
        BuildPaths paths,
        TextWriter log,
        LoadCache cache,
        AnalysisCache analysis,
        RenderSession session)
    {
        var watch = Stopwatch.StartNew();
        var timer = new StageTimer(log);
        var prepared = PrepareSite.Run(paths, log, timer, cache, changesNow: false, analysisCache: analysis);
        if (prepared is null)
        {
            return null;
        }

        var site = timer.Run("Plan", () => PreviewSite.Plan(prepared, session), s => $"{s.PageCount} pages");
        log.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"Ready: {site.PageCount} pages in {watch.Elapsed.TotalSeconds:0.00} s."));
        return site;
    }
}
