namespace Site.Write;

/// <summary>
/// The write stage's single-file writer, for the data files that <c>import</c> and <c>mark-published</c> write. A whole
/// site is written by <see cref="StagedSite"/>.
/// </summary>
public static class WriteFiles
{
    /// <summary>Replaces one file atomically (write beside it, then rename), for the data files that <c>import</c>
    /// writes.</summary>
    public static void Replace(string path, byte[] bytes)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + $".tmp-{Environment.ProcessId}";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, full, overwrite: true);
    }
}
