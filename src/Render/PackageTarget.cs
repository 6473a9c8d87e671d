using Microsoft.Win32.SafeHandles;

namespace Site.Render;

/// <summary>
/// Where a build puts the data package: the zip's compressed entries are kept in temporary files while the render runs
/// (<paramref name="Spool"/>); the zip and the whole tables are written through a stream into the site
/// (<paramref name="Write"/>, given the file's path and what writes it), and a table is read back from there for its
/// slices (<paramref name="Open"/>). The tables are written a block of rows at a time, copied where the last build
/// wrote the same rows (<paramref name="Blocks"/>; null writes every row), and the zip's large entries deflated in
/// chunks, copied from the last zip where it has the same (<paramref name="Chunks"/>). Without a target, the package
/// is kept in memory and handed over file by file, as preview keeps every file.
/// </summary>
public sealed record PackageTarget(
    Func<Stream> Spool,
    Action<string, Action<Stream>> Write,
    Func<string, SafeFileHandle> Open,
    TableBlocks? Blocks = null,
    ZipChunks? Chunks = null);
