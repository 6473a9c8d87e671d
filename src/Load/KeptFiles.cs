using System.IO.Hashing;
using System.Text;

namespace Site.Load;

/// <summary>
/// The files a build keeps for the next one in its cache folder (<see cref="ParsedInputStore"/>, the chart templates,
/// the analysis): each written whole or not at all, and the folder held to a few of each kind.
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
        var temporary = Temporary(file);
        try
        {
            Directory.CreateDirectory(folder);
            using (var stream = new BufferedStream(File.Create(temporary), 1 << 16))
            {
                write(stream);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Discard(temporary);
            return false;
        }

        return Keep(folder, temporary, file, pattern, mostKept, stale);
    }

    /// <summary>What names the files kept for the builds into one output folder (its full path hashed).</summary>
    public static string FolderKey(string output) =>
        $"{XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(Path.GetFullPath(output))):x16}";

    /// <summary>The temporary file beside <paramref name="file"/> that this process writes it into.</summary>
    public static string Temporary(string file) => $"{file}.tmp-{Environment.ProcessId}";

    /// <summary>
    /// Puts <paramref name="temporary"/>, written whole, in place as <paramref name="file"/>, and holds the folder to
    /// <paramref name="mostKept"/> files named <paramref name="pattern"/> (see <see cref="Write"/>). False when the
    /// folder cannot be written; the temporary file is removed then.
    /// </summary>
    public static bool Keep(
        string folder, string temporary, string file, string pattern, int mostKept, string? stale = null)
    {
        try
        {
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
            Discard(temporary);
            return false;
        }
    }

    /// <summary>Removes a temporary file that will not be kept, if it is there.</summary>
    public static void Discard(string temporary)
    {
        try
        {
            File.Delete(temporary);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Another build's clean-up, or none possible: a left temporary file is never read.
        }
    }

    // A kept file, not one another build is writing.
    private static bool IsKept(string name) => !name.Contains(".tmp-", StringComparison.Ordinal);
}
