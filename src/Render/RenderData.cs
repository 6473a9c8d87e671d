using Site.Compute.Analysis;
using Site.Compute.Changes;
using Site.Compute.Data;
using Site.Compute.Views;
using Site.Model;

namespace Site.Render;

/// <summary>Every file of the site that is not a page: the data files, the change feeds and files, and the
/// redirects.</summary>
public static class RenderData
{
    /// <summary>
    /// Whether a file of the site is one this stage makes: preview makes them all when one is asked for (seconds on a
    /// national site), so it asks this first and a missing page's 404 does not wait for them.
    /// </summary>
    public static bool Makes(string relativePath) =>
        relativePath.StartsWith("data/", StringComparison.Ordinal)
        || relativePath.EndsWith("/" + AtomFeed.FileName, StringComparison.Ordinal)
        || relativePath is Redirects.FileName or ChangeFiles.ManifestFile or ChangeFiles.ChangesFile;

    /// <param name="manifest">Null when the build wrote it already.</param>
    /// <param name="write">Takes each file as soon as it is made; keeps <see cref="OutputFile.Kept"/> if it keeps
    /// the file (the tables' and slices' bytes are lent).</param>
    /// <param name="reuse">Keeps the data files that have not changed since the last build (see
    /// <see cref="DataFileWriter.Build"/>); null makes every one.</param>
    /// <param name="previousZip">The last build's data package zip.</param>
    /// <param name="package">Where the package zip is kept and written, and the whole tables (see
    /// <see cref="DataFileWriter.Build"/>).</param>
    /// <returns>How many files were made.</returns>
    public static int Run(
        Dataset dataset,
        AnalysisResult analysis,
        IReadOnlyList<SiteViews> views,
        ChunkedBytes? manifest,
        byte[] changesJson,
        Action<OutputFile> write,
        OutputReuse? reuse = null,
        PreviousZip? previousZip = null,
        PackageTarget? package = null) =>
        Tables(dataset, analysis, write, reuse, previousZip, package)
        + Changes(dataset, views, manifest, changesJson, write);

    /// <summary>
    /// The data files, their package and its zip: they need the dataset and the analysis only, so a build makes them
    /// while it decides the changes and builds the views (<see cref="Changes"/> makes the rest).
    /// </summary>
    /// <returns>How many files were made.</returns>
    public static int Tables(
        Dataset dataset,
        AnalysisResult analysis,
        Action<OutputFile> write,
        OutputReuse? reuse = null,
        PreviousZip? previousZip = null,
        PackageTarget? package = null) =>
        DataFileWriter.Build(
            DataTables.Build(dataset, analysis), DataPackageInfo.From(dataset), write, reuse, previousZip, package);

    /// <summary>The change feeds, the redirects, the manifest (unless the build wrote it) and the changes file.
    /// </summary>
    /// <returns>How many files were made.</returns>
    public static int Changes(
        Dataset dataset,
        IReadOnlyList<SiteViews> views,
        ChunkedBytes? manifest,
        byte[] changesJson,
        Action<OutputFile> write)
    {
        var count = 0;
        foreach (var file in views.Select(v => AtomFeed.Build(
            v.Changes.Value,
            changesJson,
            ChangesViewBuilder.FeedDate(dataset)))
            .Append(Redirects.Build(dataset.Replaced))
            .Concat(manifest is null ? [] : new[] { new OutputFile(ChangeFiles.ManifestFile, manifest) })
            .Append(new OutputFile(ChangeFiles.ChangesFile, changesJson)))
        {
            write(file);
            count++;
        }

        return count;
    }
}
