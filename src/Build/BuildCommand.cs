using System.Globalization;
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

/// <summary>The site pipeline: load → validate → compute → render → write. Any input error stops it before anything is written.</summary>
public static class BuildCommand
{
    public static async Task<int> RunAsync(BuildPaths paths, TextWriter log)
    {
        var timer = new StageTimer(log);
        var diagnostics = new DiagnosticBag();
        var inputs = timer.Run("Load", () => LoadInputs.Run(paths.Data, paths.Input, diagnostics), i => i is null ? "failed" : $"{i.InputFiles.Count} files");
        var dataset = inputs is null ? null : timer.Run("Validate", () => DatasetBuilder.Build(inputs, diagnostics), d => d is null ? "failed" : $"{d.Schools.Count} schools, {d.Districts.Count} {(d.Settings.MunicipalitiesAsDistricts ? "municipalities" : "districts")}, {d.Years.Count} school years");
        if (Report(diagnostics, log) || dataset is null || inputs is null)
        {
            log.WriteLine("Build stopped: fix the errors above. Nothing was written; the previous site is unchanged.");
            return ExitCodes.DataErrors;
        }

        var analysis = timer.Run("Analyse", () => AnalysisResult.Compute(dataset), a => $"{a.Aggregates.Count} aggregates, {a.Expected.Count} expected values");
        var previous = PreviousBuildReader.Read(paths.Data, paths.Output);
        var current = ManifestBuilder.Build(dataset);
        var manifest = ChangeFiles.Serialize(current);
        var changes = ChangeHistory.Decide(previous.Manifest, previous.Changes, current, manifest, ChangeFiles.Options);
        var changesJson = ChangeFiles.Serialize(changes);
        var views = timer.Run("Compute", () => Texts.For(dataset.Settings).Select(t => ComputeViews.Run(dataset.For(t.Language), analysis, changes, t)).ToList(), v => $"{v.Sum(l => l.Schools.Count + l.Districts.Count + 4)} page views in {v.Count} languages");
        try
        {
            using var site = StagedSite.Begin(paths.Output);
            // The data files need no page, so they are rendered and written while the pages are.
            var (rendered, _) = await timer.RunAsync("Render and write", async () =>
            {
                var data = Task.Run(() =>
                {
                    var count = DataFileWriter.Build(DataTables.Build(dataset, analysis), DataPackageInfo.From(dataset), site.Add);
                    foreach (var file in views.Select(v => AtomFeed.Build(v.Changes, changesJson, ChangesViewBuilder.FeedDate(dataset)))
                        .Append(Redirects.Build(dataset))
                        .Append(new OutputFile(ChangeFiles.ManifestFile, manifest))
                        .Append(new OutputFile(ChangeFiles.ChangesFile, changesJson)))
                    {
                        site.Add(file);
                        count++;
                    }

                    return count;
                });
                var pages = await RenderSite.RunAsync(views, inputs.Pages, dataset.Settings.BaseUrl, site.Add);
                return (Pages: pages, Data: await data);
            }, r => $"{r.Pages.Count} page and asset files, {r.Data} data files");
            timer.Run("Swap in", () => { site.Commit(); return site.Changed; }, changed => $"{changed} of {site.Count} files new or changed, {site.Bytes / 1024} KB in {paths.Output}");
            var pages = rendered.Count(f => f.EndsWith(".html", StringComparison.Ordinal));
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Built {pages} pages ({site.Count} files) in {timer.Elapsed.TotalSeconds:0.00} s."));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            log.WriteLine($"error: could not write the site: {ex.Message}");
            return ExitCodes.DataErrors;
        }

        return ExitCodes.Ok;
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
