using Site.Compute.Analysis;

namespace Site.Render;

/// <summary>
/// What a build knew of one file it wrote: its fingerprint (a page's: <see cref="ViewFingerprints"/>; a data file's:
/// its <paramref name="Content"/> hash), its length, a hash of its bytes (XxHash128), and for a data file the SHA-256
/// that datapackage.json gives for it. The next build keeps the file only if it still has that length and hash, so a
/// file changed in the output folder by hand is made again.
/// </summary>
public readonly record struct FileStamp(Hash128 Fingerprint, long Length, Hash128 Content, string? Sha256 = null);
