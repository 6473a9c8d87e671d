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
        var dataset = inputs is null ? null : timer.Run("Validate", () => DatasetBuilder.Build(inputs, diagnostics), d => d is null ? "failed" : $"{d.Schools.Count} schools, {d.Districts.Count} districts, {d.Years.Count} school years");
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
        var views = timer.Run("Compute", () => Texts.For(dataset.Settings).Select(t => ComputeViews.Run(dataset, analysis, changes, t)).ToList(), v => $"{v.Sum(l => l.Schools.Count + l.Districts.Count + 4)} page views in {v.Count} languages");
        var files = await timer.RunAsync("Render", async () => (await RenderSite.RunAsync(views, inputs.Pages, dataset.Settings.BaseUrl)).Concat(DataFileWriter.Build(DataTables.Build(dataset, analysis), DataPackageInfo.From(dataset))).Append(Redirects.Build(dataset)).Append(new OutputFile(ChangeFiles.ManifestFile, manifest)).Append(new OutputFile(ChangeFiles.ChangesFile, changesJson)).Concat(views.Select(v => AtomFeed.Build(v.Changes, changesJson, ChangesViewBuilder.FeedDate(dataset)))).OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList(), f => $"{f.Count} files");
        try
        {
            timer.Run("Write", () => WriteFiles.Site(paths.Output, files), changed => $"{changed} of {files.Count} files new or changed, {files.Sum(x => (long)x.Bytes.Length) / 1024} KB in {paths.Output}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            log.WriteLine($"error: could not write the site: {ex.Message}");
            return ExitCodes.DataErrors;
        }

        var pages = files.Count(f => f.RelativePath.EndsWith(".html", StringComparison.Ordinal));
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Built {pages} pages ({files.Count} files) in {timer.Elapsed.TotalSeconds:0.00} s."));
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
