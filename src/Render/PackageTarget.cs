namespace Site.Render;

/// <summary>
/// Where a build puts the data package zip: its compressed entries are kept in temporary files while the render runs
/// (<paramref name="Spool"/>), and the zip is written through a stream into the site (<paramref name="Write"/>, given
/// the file's path and what writes it). Without one, the zip is kept in memory and handed over whole, as preview
/// keeps every file.
/// </summary>
public sealed record PackageTarget(Func<Stream> Spool, Action<string, Action<Stream>> Write);
