namespace Site.Load;

/// <summary>
/// The files a build keeps for the next one in its cache folder (<see cref="ParsedInputStore"/>, the chart templates):
/// each written whole or not at all, and the folder held to a few of each kind.
/// </summary>
public static class KeptFiles
{
    /// <summary>
    /// Writes <paramref name="file"/> into <paramref name="folder"/> by way of a temporary file beside it, so that a
    /// build stopped half-way, or another build reading it, never finds half a file. Then removes the files named
    /// <paramref name="pattern"/> other than the most recently written <paramref name="mostKept"/> (and, of those named
    /// <paramref name="stale"/>, every one but this). False when the folder cannot be written: then nothing is kept,
    /// which only means the next build makes it again.
    /// </summary>
    public static bool Write(
        string folder, string file, Action<Stream> write, string pattern, int mostKept, string? stale = null)
    {
        var temporary = $"{file}.tmp-{Environment.ProcessId}";
        try
        {
            Directory.CreateDirectory(folder);
            using (var stream = new BufferedStream(File.Create(temporary), 1 << 16))
            {
                write(stream);
            }

            File.Move(temporary, file, overwrite: true);
            foreach (var old in stale is null ? [] : Directory.EnumerateFiles(folder, stale).Where(IsKept))
            {
                if (old != file)
                {
                    File.Delete(old);
                }
            }

            var kept = new DirectoryInfo(folder).GetFiles(pattern).Where(f => IsKept(f.Name));
            foreach (var unused in kept.OrderByDescending(f => f.LastWriteTimeUtc).Skip(mostKept))
            {
                unused.Delete();
            }

            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }

            return false;
        }
    }

    // A kept file, not one another build is writing.
    private static bool IsKept(string name) => !name.Contains(".tmp-", StringComparison.Ordinal);
}
