using System.Globalization;
using System.Runtime;
using Site.Compute;
using Site.Compute.Analysis;
using Site.Compute.Changes;
using Site.Compute.Data;
using Site.Compute.Texts;
using Site.Diagnostics;
using Site.Load;
using Site.Model;
using Site.Render;
using Site.Write;

namespace Site.Build;

/// <summary>The site pipeline: load → validate → compute → render → write. Any input error stops it before anything is
/// written.</summary>
public static class BuildCommand
{
    public static async Task<int> RunAsync(BuildPaths paths, TextWriter log)
    {
        var session = new BuildRenderSession();
        try
        {
            return await RunAsync(paths, log, session);
        }
        finally
        {
            if (session.Making is { } making)
            {
                (await making).Dispose();
            }
        }
    }

    /// <summary>
    /// Builds <paramref name="times"/> times in this process, each from an empty output folder (the one this program
    /// wrote is removed before each build after the first), printing each build's wall time: what a build costs once
    /// the process is warm, beside what it costs as a new process (bench/run prints both for Stockholm).
    /// </summary>
    public static async Task<int> RepeatAsync(BuildPaths paths, int times, TextWriter log)
    {
        if (times <= 1)
        {
            return await RunAsync(paths, log);
        }

        for (var i = 1; i <= times; i++)
        {
            if (i > 1 && File.Exists(Path.Combine(paths.Output, StagedSite.Marker)))
            {
                Directory.Delete(paths.Output, recursive: true);
            }

            // The last build's log is printed; an earlier one's only when it fails.
            var own = i == times ? log : new StringWriter();
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var code = await RunAsync(paths, own);
            if (code != ExitCodes.Ok)
            {
                if (own != log)
                {
                    log.Write(own);
                }

                return code;
            }

            log.WriteLine(string.Create(
                CultureInfo.InvariantCulture, $"Build {i} of {times}: {watch.Elapsed.TotalSeconds:0.00} s."));
        }

        return ExitCodes.Ok;
    }

    private static async Task<int> RunAsync(BuildPaths paths, TextWriter log, BuildRenderSession session)
    {
        var timer = new StageTimer(log);
        // The render services and their chart templates are made once the inputs are read (BuildRenderSession).
        var templates = Task.CompletedTask;
        // The staging folder is made first, so that the manifest (30 MB for a national site) is handed to it as soon
        // as it is decided, beside the analysis, and not held through the render. A build with errors removes it
        // unwritten.
        StagedSite? site = null;
        string? cannotWrite = null;
        try
        {
            site = StagedSite.Begin(paths.Output);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            cannotWrite = ex.Message;
        }

        // The analysis is kept for the next build into this folder, unless the build is to keep nothing.
        // Kept only with the site it was made for: a build that stops before its swap keeps none (Dispose).
        var kept = paths.Cache is { } cache && site is not null ? new KeptAnalysis(cache, paths.Output) : null;
        // The data files, begun when the analysis is done; null until then, and when nothing can be written.
        DataSide? data = null;
        using (site)
        using (kept)
        {
            try
            {
                var prepared = PrepareSite.Run(
                    paths,
                    log,
                    timer,
                    loaded: () => templates = session.Start(paths),
                    site: site,
                    kept: kept,
                    analysed: site is null ? null : (dataset, analysis) =>
                        data = DataSide.Begin(paths, site, dataset, analysis));
                if (prepared is null)
                {
                    log.WriteLine(
                        "Build stopped: fix the errors above. Nothing was written; the previous site is unchanged.");
                    return ExitCodes.DataErrors;
                }

                if (site is null || data is null)
                {
                    return CannotWrite(cannotWrite!);
                }

                CollectAnalysisGarbage();
                await RenderAsync(prepared, paths, log, timer, session, templates, site, data, kept);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return CannotWrite(ex.Message);
            }
            finally
            {
                // The data files are written into the staging folder on the pool: they are waited for before it is
                // removed, so that the error shown is the one that stopped the build (it was "Directory not empty",
                // from removing the folder under their feet).
                if (data is not null)
                {
                    await Task.WhenAny(data.Tables);
                    data.Dispose();
                }
            }
        }

        return ExitCodes.Ok;

        int CannotWrite(string message)
        {
            log.WriteLine($"error: could not write the site: {message}");
            return ExitCodes.DataErrors;
        }
    }

    /// <summary>The pages rendered beside the rest of the data files, then the staging folder swapped in.</summary>
    private static async Task RenderAsync(
        PreparedSite prepared,
        BuildPaths paths,
        TextWriter log,
        StageTimer timer,
        BuildRenderSession session,
        Task templates,
        StagedSite site,
        DataSide data,
        KeptAnalysis? kept)
    {
        var reuse = data.Reuse;
        var (rendered, _, _, _) = await timer.RunAsync("Render and write", async () =>
        {
            var changes = prepared.Changes.Value;
            var pagesDone = false;
            // When each side was done, for the log: which one the stage waited for.
            var sides = System.Diagnostics.Stopwatch.StartNew();
            var dataMs = 0L;
            var rest = Task.Run(async () =>
            {
                var count = await data.Tables + RenderData.Changes(
                    prepared.Dataset, prepared.Views, changes.Manifest, changes.ChangesJson, site.Add);
                Volatile.Write(ref dataMs, sides.ElapsedMilliseconds);
                if (!Volatile.Read(ref pagesDone))
                {
                    CollectDataGarbage();
                }

                return count;
            });
            IReadOnlyList<string> pages;
            try
            {
                await templates;
                pages = await RenderSite.RunAsync(
                    prepared.Views,
                    prepared.Pages,
                    prepared.Dataset.Settings.BaseUrl,
                    await session.Making!,
                    site.Add,
                    reuse);
            }
            catch
            {
                // The data files are still being written into the staging folder: they are waited for before it is
                // removed (RunAsync), as are the change files.
                await Task.WhenAny(rest);
                throw;
            }

            Volatile.Write(ref pagesDone, true);
            var pagesMs = sides.ElapsedMilliseconds;
            return (Pages: pages, Data: await rest, PagesMs: pagesMs, DataMs: Volatile.Read(ref dataMs));
        }, r => $"{r.Pages.Count} page and asset files, {r.Data} data files; {reuse.KeptPages} pages and "
            + $"{reuse.KeptDataFiles} data files kept from the last build, {data.Blocks.Counts.Copied} of "
            + $"{data.Blocks.Counts.Blocks} blocks of the tables' rows and {data.Chunks.Counts.Copied} of "
            + $"{data.Chunks.Counts.Chunks} chunks of the zip copied; pages done at {r.PagesMs} ms, "
            + $"data files at {r.DataMs} ms");
        timer.Run(
            "Swap in",
            () =>
            {
                var stampBytes = data.Stamps.Bytes();
                site.Commit(stampBytes);
                kept?.Seal(OutputStamps.ContentHash(stampBytes.Sequence));
                return site.Changed;
            },
            changed => $"{changed} of {site.Count} files new or changed, {site.Bytes / 1024} KB in {paths.Output}");
        var pages = rendered.Count(f => f.EndsWith(".html", StringComparison.Ordinal));
        log.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Built {pages} pages ({site.Count} files) in {timer.Elapsed.TotalSeconds:0.00} s."));
    }

    /// <summary>
    /// One full, compacting collection when the data files are done and pages are still being rendered. The data
    /// side's tables (nationally the results alone are 44 MB of chunks in both dialects) live for seconds, are promoted
    /// to the oldest generation and die there, where the collector did not look again before the end of the build,
    /// at its memory's peak. National benchmark, published, 4 alternating runs without / with: peak 382 / 360 MB, wall
    /// 7.27 / 7.30 s (the data are done ~1.3 s before the pages). When the pages are done first it would only cost.
    /// </summary>
    private static void CollectDataGarbage() => CollectCompacting();

    /// <summary>
    /// One full, compacting collection between the analysis and the render, on a large site only. The analysis'
    /// working figures (the school cells' mean entries, 20 MB nationally, and each part's own tables) die when it ends,
    /// in the oldest generation, which the collector looked at again only ~1 s into the render: the render's first
    /// second came on top of them (national probe: oldest generation 63 -> 117 MB by then). National benchmark,
    /// published, 4 alternating runs without / with: peak 263-275 / 253-263 MB, wall within the noise. A small site's
    /// heap (Stockholm's is ~15 MB here) is not worth a collection.
    /// </summary>
    private static void CollectAnalysisGarbage()
    {
        if (GC.GetGCMemoryInfo().HeapSizeBytes > 64L << 20)
        {
            CollectCompacting();
        }
    }

    private static void CollectCompacting()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
    }

    /// <summary>Prints every diagnostic, sorted; returns whether any is an error.</summary>
    public static bool Report(DiagnosticBag diagnostics, TextWriter log)
    {
        foreach (var diagnostic in diagnostics.Sorted())
        {
            log.WriteLine(diagnostic);
        }

        var errors = diagnostics.Items.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Items.Count - errors;
        if (diagnostics.Items.Count > 0)
        {
            log.WriteLine($"{errors} error(s), {warnings} warning(s).");
        }

        return errors > 0;
    }
}
