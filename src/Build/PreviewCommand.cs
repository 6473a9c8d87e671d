using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Site.Build;

/// <summary>
/// Builds the site, serves it on 127.0.0.1, and rebuilds when data/ or input/ change. A failed rebuild keeps the last good
/// site on screen (the build is atomic) and prints its errors. Razor templates are compiled into the program, so a change
/// under theme/ needs a restart of preview, which it says.
/// </summary>
public static class PreviewCommand
{
    public static async Task<int> RunAsync(BuildPaths paths, int port, TextWriter log, CancellationToken cancel)
    {
        if (await BuildCommand.RunAsync(paths, log) != ExitCodes.Ok && !Directory.Exists(paths.Output))
        {
            return ExitCodes.DataErrors;
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        await using var app = builder.Build();
        var output = Path.GetFullPath(paths.Output);
        app.Use(async (context, next) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            await next();
        });
        app.UseFileServer(new FileServerOptions { FileProvider = new PhysicalFileProvider(output, Microsoft.Extensions.FileProviders.Physical.ExclusionFilters.None), EnableDefaultFiles = true });
        await app.StartAsync(cancel);

        // The web host takes over SIGTERM (and Ctrl+C) once started: stop the watch loop when it stops, too.
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancel, app.Lifetime.ApplicationStopping);
        cancel = stopping.Token;
        log.WriteLine($"Preview: http://127.0.0.1:{port}/ (Ctrl+C to stop). Watching {paths.Data} and {paths.Input}.");

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

        try
        {
            while (!cancel.IsCancellationRequested)
            {
                await rebuild.WaitAsync(cancel);
                await Task.Delay(200, cancel); // editors save in bursts: one rebuild per burst
                while (rebuild.CurrentCount > 0)
                {
                    await rebuild.WaitAsync(cancel);
                }

                await BuildCommand.RunAsync(paths, log);
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
}
