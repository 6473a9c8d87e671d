namespace Site.Render;

/// <summary>
/// How a build keeps the files that have not changed since the last build: the stamps of both builds, and the write
/// stage's <see cref="Keep"/>, which takes a file from the last build (given its stamp) and says whether it could.
/// </summary>
public sealed record OutputReuse(OutputStamps Stamps, Func<string, FileStamp, bool> Keep)
{
    private int pages;
    private int dataFiles;

    /// <summary>How many pages were kept from the last build, unrendered.</summary>
    public int KeptPages => pages;

    /// <summary>How many data files were kept from the last build, their compressed bytes with them.</summary>
    public int KeptDataFiles => dataFiles;

    internal void KeptPage() => Interlocked.Increment(ref pages);

    internal void KeptDataFile() => Interlocked.Increment(ref dataFiles);
}
