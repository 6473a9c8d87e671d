using Site.Compute.Analysis;
using Site.Model;
using Site.Render;
using Site.Write;

namespace Site.Build;

/// <summary>
/// A build's data files, begun as soon as the analysis is done (<see cref="PrepareSite.Run"/>'s analysed): they need
/// only the dataset and the analysis, and they are the longer side of the render (a changed cell's tables, slices and
/// zip on one core took longer than its pages on the other). Begun with the render, they waited for the changes and the
/// views to be decided (~0.1 s, on one core) and for the last build's stamps to be read. Owns the last build's stamps,
/// its tables' blocks, its zip's chunks and its zip, which the pages' side reads too (<see cref="Reuse"/>).
/// </summary>
internal sealed class DataSide : IDisposable
{
    private readonly PreviousZip previousZip;

    private DataSide(BuildPaths paths, StagedSite site)
    {
        // The last build's stamps of its pages and data files, unless the build is to keep nothing from earlier builds.
        Stamps = paths.Cache is null ? OutputStamps.None() : OutputStamps.Read(paths.Output);
        Reuse = new OutputReuse(Stamps, site.Keep);
        // The tables' blocks of rows and the zip's chunks, kept for the next build into this folder as the analysis is
        // (in the cache folder: none with --no-cache).
        Blocks = TableBlocks.Read(paths.Cache, paths.Output, Stamps);
        Chunks = ZipChunks.Read(paths.Cache, paths.Output);
        previousZip = paths.Cache is null
            ? PreviousZip.None()
            : PreviousZip.Open(Path.Combine(paths.Output, "data", DataPackage.ZipName));
    }

    /// <summary>The last build's stamps, and this build's as its files are made.</summary>
    public OutputStamps Stamps { get; }

    /// <summary>What the pages and the data files keep from the last build.</summary>
    public OutputReuse Reuse { get; }

    public TableBlocks Blocks { get; }

    public ZipChunks Chunks { get; }

    /// <summary>The data files being written into the staging folder: how many, when done.</summary>
    public Task<int> Tables { get; private set; } = Task.FromResult(0);

    /// <summary>Reads what the last build left and starts the data files on the pool.</summary>
    public static DataSide Begin(BuildPaths paths, StagedSite site, Dataset dataset, AnalysisResult analysis)
    {
        var side = new DataSide(paths, site);
        side.Tables = Task.Run(() =>
        {
            var count = RenderData.Tables(
                dataset,
                analysis,
                site.Add,
                side.Reuse,
                side.previousZip,
                new PackageTarget(site.Spool, site.AddWritten, site.OpenStaged, side.Blocks, side.Chunks));
            side.Blocks.Keep();
            side.Chunks.Keep();
            return count;
        });
        return side;
    }

    public void Dispose() => previousZip.Dispose();
}
