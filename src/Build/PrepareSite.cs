using System.Buffers;
using Site.Compute;
using Site.Compute.Analysis;
using Site.Compute.Changes;
using Site.Compute.Texts;
using Site.Diagnostics;
using Site.Load;
using Site.Model;
using Site.Render;
using Site.Write;

namespace Site.Build;

/// <summary>Load → validate → analyse → compute: everything before rendering, shared by <c>build</c> and
/// <c>preview</c>.</summary>
public static class PrepareSite
{
    /// <param name="cache">Parsed input files kept between runs of a long-lived process (preview); null reads
    /// everything.</param>
    /// <param name="changesNow">Decide the change files at once, beside the analysis (build); otherwise when first
    /// asked for (preview).</param>
    /// <returns>Null when the inputs have errors; they are printed.</returns>
    /// <param name="analysisCache">The last save's analysis, kept by a preview session; null computes
    /// everything, or what <paramref name="kept"/> does not hold.</param>
    /// <param name="kept">The analysis the last build into the same output folder kept, found after validation, and
    /// where this build keeps its own (a build's); null computes everything and keeps nothing.</param>
    /// <param name="site">The build's staging folder: the manifest is written into it as it is made, and the site's
    /// <see cref="SiteChanges.Manifest"/> is then null. Preview keeps the manifest (it has no staging folder).</param>
    /// <param name="loaded">Called when the inputs are read: validate runs on one core, and the other can start on
    /// work that needs no input (the build's chart templates).</param>
    /// <param name="analysed">Called when the analysis is done, before the changes and the views are: the changes
    /// leave a core idle, and the build's data files need only the dataset and the analysis.</param>
    public static PreparedSite? Run(
        BuildPaths paths,
        TextWriter log,
        StageTimer timer,
        LoadCache? cache = null,
        bool changesNow = true,
        AnalysisCache? analysisCache = null,
        Action? loaded = null,
        StagedSite? site = null,
        KeptAnalysis? kept = null,
        Action<Dataset, AnalysisResult>? analysed = null)
    {
        var previous = ReadPrevious(paths, changesNow);
        var diagnostics = new DiagnosticBag();
        var store = paths.Cache is { } folder ? new ParsedInputStore(folder) : null;
        var inputs = timer.Run(
            "Load",
            () => LoadInputs.Run(paths.Data, paths.Input, diagnostics, cache, store),
            i => i is null ? "failed" : $"{i.InputFiles.Count} files");
        loaded?.Invoke();
        var dataset = inputs is null
            ? null
            : timer.Run(
                "Validate",
                () => DatasetBuilder.Build(inputs, diagnostics, cache),
                d => d is null
                    ? "failed"
                    : $"{d.Schools.Count} schools, {d.Districts.Count} "
                        + $"{(d.Settings.MunicipalitiesAsDistricts ? "municipalities" : "districts")}, "
                        + $"{d.Years.Count} school years; {d.OtherMunicipalityRows} result cells of other "
                        + $"municipalities not published");
        if (BuildCommand.Report(diagnostics, log) || dataset is null || inputs is null)
        {
            return null;
        }

        // Only the pages are kept of the inputs: the parsed rows are in the dataset now, and a national build need not
        // hold both. The rest is a method of its own because every lambda of a method shares one closure: a lambda here
        // that outlived the build's start (the change files', the views') held every parsed input row with it. The
        // closure of this method's own lambdas is on the stack until the analysis returns, and it holds the inputs:
        // they are dropped from it here (a live-heap walk found a national load's 204,534 result rows and 136,000
        // school and pupil rows, ~27 MB, reachable through it during the analysis).
        var pages = inputs.Pages;
        inputs = null;
        return Analyse(paths, log, timer, pages, dataset, previous, analysisCache, site, kept, analysed);
    }

    private static PreparedSite? Analyse(
        BuildPaths paths,
        TextWriter log,
        StageTimer timer,
        IReadOnlyList<MarkdownSource> pages,
        Dataset dataset,
        Task<PreviousBuild>? previous,
        AnalysisCache? analysisCache,
        StagedSite? site,
        KeptAnalysis? kept,
        Action<Dataset, AnalysisResult>? analysed)
    {
        // The last build's analysis is read beside the entries, which do not need it (a kept analysis has no entries
        // of its own): the entries leave part of a core idle.
        var finding = analysisCache is null && kept is not null ? Task.Run(() => kept.Find(dataset)) : null;
        // The school entries the analysis and the change files both read, made once for this build (a stage of its own
        // in the log, so that the stages add up to the whole). No lambda here reads the cache: their closure lives to
        // the end of the build, and a build's cache holds this analysis' entries and parts (20-25 MB nationally).
        var last = analysisCache?.LastEntries;
        var entries = timer.Run(
            "Entries",
            () => new MeanEntries(dataset, last),
            e => $"{e.Count} school cells read for the means");
        analysisCache ??= finding?.Result;
        var changed = Changes(paths, dataset, entries, site, previous);
        // The map's outlines need only the boundaries: made beside the analysis, on the core it leaves free.
        var shapes = Task.Run(() => DistrictShapes.Of(dataset));
        // What changed since the last build does not depend on the analysis: a build decides it beside the analysis.
        var deciding = previous is not null ? Task.Run(() => changed.Value) : null;
        var analysis = Analyse(timer, dataset, entries, analysisCache, kept);
        analysed?.Invoke(dataset, analysis);
        BuildCommand.Report(OfficialWarnings(analysis), log);
        if (deciding is not null)
        {
            var decided = timer.Run(
                "Changes",
                () => deciding.Result,
                c => $"{c.Changes.Revised.Count} revised and {c.Changes.NewlySuppressed.Count} newly suppressed values "
                    + $"since the last build");
            var problems = new DiagnosticBag();
            problems.AddRange(decided.Diagnostics);
            if (BuildCommand.Report(problems, log))
            {
                return null;
            }
        }

        var views = timer.Run(
            "Compute",
            () =>
            {
                // One index (and one set of outlines, one set of pages' keys) for both languages: none depends
                // on the language.
                var index = new AnalysisIndex(analysis, dataset) { Shapes = shapes.Result };
                var keys = new SchoolViewKeys(dataset, index);
                var districtKeys = new DistrictViewKeys(dataset, index);
                return ParallelMap.Ordered(
                    Texts.For(dataset.Settings).ToList(),
                    t => ComputeViews.Run(
                        dataset.For(t.Language), index, () => changed.Value.Changes, t, keys, districtKeys));
            },
            v => $"{v.Sum(l => l.Schools.Count + l.Districts.Count + 4)} page views in {v.Count} languages");
        return new PreparedSite(pages, dataset, analysis, views, changed);
    }

    // A method of its own, so that only its closure holds the entries: the views' closures hold the locals of Run that
    // a lambda captures to the end of the build, and the entries (20 MB nationally) are not read after the analysis.
    // The kept analysis is written here for the same reason, and before the render: its parts and the entries die
    // with this method, before the collection between the analysis and the render.
    private static AnalysisResult Analyse(
        StageTimer timer, Dataset dataset, MeanEntries entries, AnalysisCache? cache, KeptAnalysis? kept) =>
        timer.Run(
            "Analyse",
            () =>
            {
                var analysis = AnalysisResult.Compute(dataset, entries, cache);
                if (kept is not null && cache is not null)
                {
                    kept.Write(cache, dataset, entries);
                }

                return analysis;
            },
            a => $"{a.Aggregates.Count} aggregates, {a.Expected.Count} expected values"
                + (kept is null || cache is null
                    ? ""
                    : $"; the means of {cache.KeptSlices} of {cache.Slices} slices (organizer split, measure, "
                        + "school year) kept from the last build"));

    /// <summary>A recomputed figure further from Skolverket's own than the tolerance (Reconciliations) is worth a
    /// look.</summary>
    private static DiagnosticBag OfficialWarnings(AnalysisResult analysis)
    {
        var warnings = new DiagnosticBag();
        static string Number(decimal? value) => Compute.Data.Invariant.Number(value, 1);
        foreach (var r in analysis.Reconciliations.Where(r => r.Exceeds == true))
        {
            warnings.Warning(
                r.Official.Source,
                $"Skolverket's figure for municipality {r.MunicipalityCode}, {r.Year.Label}, "
                + $"{OrganizerSplits.Code(r.Organizer)}, {MeasureInfo.Of(r.Measure).Code} differs from the site's "
                + $"recomputation {Number(r.Recomputed.Value)} "
                + $"({Number(r.Recomputed.Low)}–{Number(r.Recomputed.High)}) by more than "
                + Number(Reconciliations.Tolerance(r.Measure)),
                r.Official.Value.ToString(),
                "check that data/results/ has the same school year's export for every school of the municipality; the "
                + "reconciliation on /metod/ shows every figure");
        }

        return warnings;
    }

    /// <summary>
    /// What was last published, read at the start of a build that decides its changes at once, while the inputs are
    /// (they leave part of a core idle): a national manifest is 31 MB, and the changes, decided beside the analysis,
    /// were its last part to finish after a changed cell. A method of its own, so that its closure holds the paths
    /// alone.
    /// </summary>
    private static Task<PreviousBuild>? ReadPrevious(BuildPaths paths, bool changesNow) =>
        changesNow ? Task.Run(() => PreviousBuildReader.Read(paths.Data, paths.Output)) : null;

    /// <param name="reading">The last publication, being read since the build began; null reads it here.</param>
    private static Lazy<SiteChanges> Changes(
        BuildPaths paths,
        Dataset dataset,
        MeanEntries entries,
        StagedSite? site,
        Task<PreviousBuild>? reading) => new(() =>
    {
        // The last manifest is mapped until the changes are decided; the build's closures hold the task to its end.
        using var previous = reading?.GetAwaiter().GetResult() ?? PreviousBuildReader.Read(paths.Data, paths.Output);
        reading = null;
        var current = ManifestBuilder.Build(dataset, entries);
        var diagnostics = new DiagnosticBag();
        if (site is null)
        {
            var manifest = ChangeFiles.ManifestBytes(current);
            return Decided(manifest.Sequence, manifest);
        }

        // A build writes the manifest into its staging folder as it is made and reads it back mapped: 31 MB
        // nationally, which in new chunks of memory were 7,700 first writes to new pages (~0.1 s of CPU here), to be
        // compared with the last one and written out.
        site.AddWritten(ChangeFiles.ManifestFile, stream => ChangeFiles.WriteManifest(stream, current));
        using var written = MappedFile.Open(site.StagedPath(ChangeFiles.ManifestFile))
            ?? throw new InvalidOperationException("The manifest this build wrote is not in its staging folder.");
        return Decided(new ReadOnlySequence<byte>(written.Memory), null);

        // The manifest is kept with the changes by a preview, which has no staging folder to read it back from.
        SiteChanges Decided(ReadOnlySequence<byte> bytes, ChunkedBytes? kept)
        {
            var changes = ChangeHistory.Decide(previous, current, bytes, ChangeFiles.Options, diagnostics);
            return new SiteChanges(
                Manifest: kept,
                Changes: changes,
                ChangesJson: ChangeFiles.Serialize(changes),
                Diagnostics: diagnostics.Items);
        }
    });
}
