using System.Buffers;
using Site.Render;

namespace Site.Write;

/// <summary>
/// The write stage as a session: files are written into a staging folder beside the output as soon as they are
/// rendered (so a build never holds the whole site in memory), and the staging folder is swapped in only by
/// <see cref="Commit"/>. Disposed without a commit, it removes the staging folder and the previous site stays as it
/// was.
/// </summary>
public sealed class StagedSite : IDisposable
{
    /// <summary>Marks a folder as one this program wrote, so that it never replaces a folder of anything
    /// else.</summary>
    public const string Marker = ".site-output";

    private readonly string output;
    private readonly string staging;
    private readonly string previous;

    // When the last build wrote its stamps: a file last modified before then is the one it wrote or kept, so its length
    // is enough, and only a file modified since (by hand, or copied without its time) has its bytes hashed.
    private readonly DateTime stampsWritten;

    // The folders made so far: a national site has 22,000 files in 11,000 folders, and asking the file system for each
    // file's folder again (a stat and a mkdir a file) was a twentieth of the data stage's time.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> folders =
        new(StringComparer.Ordinal);
    private int changed;
    private int spools;
    private int count;
    private long bytes;
    private bool committed;

    private StagedSite(string output, string staging, string previous)
    {
        this.output = output;
        this.staging = staging;
        this.previous = previous;
        stampsWritten = OutputStamps.Written(output);
    }

    public int Changed => changed;

    public int Count => count;

    public long Bytes => Interlocked.Read(ref bytes);

    public static StagedSite Begin(string outputFolder)
    {
        var output = Path.GetFullPath(outputFolder);
        var parent = Path.GetDirectoryName(output)
            ?? throw new InvalidOperationException("The output folder cannot be the file-system root.");
        if (Directory.Exists(output)
            && Directory.EnumerateFileSystemEntries(output).Any()
            && !File.Exists(Path.Combine(output, Marker)))
        {
            throw new IOException(
                $"{outputFolder} exists, is not empty and was not written by this program; refusing to replace it. "
                + $"Choose another --output or empty it.");
        }

        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(output);
        LeftOverStaging.Remove(parent, name);
        var staging = LeftOverStaging.Staging(parent, name, Environment.ProcessId);
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }

        Directory.CreateDirectory(staging);
        return new StagedSite(output, staging, LeftOverStaging.Old(parent, name, Environment.ProcessId));
    }

    /// <summary>Writes one file into the staging folder; safe to call from several render workers at once.</summary>
    public void Add(OutputFile file)
    {
        var target = Resolve(staging, file.RelativePath);
        MakeFolder(target);

        if (!KeepUnchanged(Resolve(output, file.RelativePath), target, file.Content))
        {
            Write(target, file.Content);
            Interlocked.Increment(ref changed);
        }

        Interlocked.Increment(ref count);
        Interlocked.Add(ref bytes, file.Content.Length);
    }

    /// <summary>
    /// Writes one file through a stream, for a file too large to hold in memory (the data package zip). An unchanged
    /// file is the last build's, linked, as <see cref="Add"/> keeps one: compared on disk, once written.
    /// </summary>
    public void AddWritten(string relativePath, Action<Stream> write)
    {
        var target = Resolve(staging, relativePath);
        MakeFolder(target);
        long length;
        using (var stream = new FileStream(target, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024))
        {
            write(stream);
            length = stream.Length;
        }

        var link = target + ".last";
        if (LinkIfSame(Resolve(output, relativePath), link, length, file => SameContent.Files(file.FullName, target)))
        {
            File.Move(link, target, overwrite: true);
        }
        else
        {
            Interlocked.Increment(ref changed);
        }

        Interlocked.Increment(ref count);
        Interlocked.Add(ref bytes, length);
    }

    /// <summary>Where a file this build wrote is in the staging folder, to be read back (the manifest, mapped).
    /// </summary>
    public string StagedPath(string relativePath) => Resolve(staging, relativePath);

    /// <summary>A file this build wrote into the staging folder, opened to be read back (a table's slices are cut
    /// from it).</summary>
    public Microsoft.Win32.SafeHandles.SafeFileHandle OpenStaged(string relativePath) =>
        File.OpenHandle(Resolve(staging, relativePath), FileMode.Open, FileAccess.Read, FileShare.Read);

    /// <summary>
    /// A temporary file beside the staging folder, gone when closed: where a build keeps what it would otherwise hold
    /// in memory until a file is written (the zip's compressed entries).
    /// </summary>
    public Stream Spool()
    {
        var path = LeftOverStaging.Spool(staging, Interlocked.Increment(ref spools));
        return new FileStream(
            path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
    }

    /// <summary>
    /// Takes a file from the last build unmade (its fingerprint is unchanged: <see cref="OutputStamps"/>), given its
    /// stamp; false when that file is not there as the last build wrote it (its length, and its time or else its bytes'
    /// hash), and the file must be made.
    /// </summary>
    public bool Keep(string relativePath, FileStamp stamp)
    {
        var target = Resolve(staging, relativePath);
        MakeFolder(target);
        var previousFile = Resolve(output, relativePath);
        if (!LinkIfSame(
                previousFile, target, stamp.Length, file => OutputStamps.AsStamped(file, stamp, stampsWritten)))
        {
            return false;
        }

        Interlocked.Increment(ref count);
        Interlocked.Add(ref bytes, stamp.Length);
        return true;
    }

    /// <param name="stamps">The stamps of this build's files, kept beside them for the next build.</param>
    public void Commit(ChunkedBytes? stamps = null)
    {
        File.WriteAllBytes(Path.Combine(staging, Marker), []);
        if (stamps is not null)
        {
            Write(Path.Combine(staging, OutputStamps.FileName), stamps.Sequence);
        }

        if (Directory.Exists(output))
        {
            Directory.Move(output, previous);
        }

        Directory.Move(staging, output);
        committed = true;
        if (Directory.Exists(previous))
        {
            // The last build's folder, on every core a folder at a time: a national site is 22,000 files in 11,000
            // folders, and removed on one core it took 0.32-0.34 s of a rebuild (0.20-0.22 s so).
            Parallel.ForEach(Directory.GetDirectories(previous), folder => Directory.Delete(folder, recursive: true));
            Directory.Delete(previous, recursive: true);
        }
    }

    public void Dispose()
    {
        if (!committed && Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }
    }

    private void MakeFolder(string target)
    {
        var folder = Path.GetDirectoryName(target)!;
        if (!folders.ContainsKey(folder))
        {
            Directory.CreateDirectory(folder);
            folders.TryAdd(folder, 0);
        }
    }

    /// <summary>
    /// An unchanged file is hard-linked from the previous build instead of written again, so its inode and time stay as
    /// they were and a deploy (or rsync) sees only what changed. Where linking fails, the file is written as usual.
    /// </summary>
    private static bool KeepUnchanged(string previous, string target, ReadOnlySequence<byte> content) =>
        LinkIfSame(previous, target, content.Length, file => SameContent.Bytes(file.FullName, content));

    /// <summary>
    /// Hard-links the last build's file into the staging folder when it is there, at this length, and
    /// <paramref name="same"/> says it is the file wanted; false otherwise (and where links are not made).
    /// </summary>
    private static bool LinkIfSame(string previous, string target, long length, Func<FileInfo, bool> same)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return false;
        }

        var info = new FileInfo(previous);
        return info.Exists && info.Length == length && same(info) && NativeMethods.link(previous, target) == 0;
    }

    /// <summary>
    /// Writes a file in one call (a gathering write for a file in parts). Through a FileStream, each data file (in
    /// parts) was also locked (flock) and unlocked, and through File.WriteAllBytes each page had its size set
    /// beforehand (ftruncate): ~66,000 system calls of a national build. No other process writes the staging folder.
    /// </summary>
    private static void Write(string target, ReadOnlySequence<byte> content)
    {
        using var handle = File.OpenHandle(target, FileMode.Create, FileAccess.Write, FileShare.Read);
        if (content.IsSingleSegment)
        {
            RandomAccess.Write(handle, content.FirstSpan, fileOffset: 0);
            return;
        }

        var parts = new List<ReadOnlyMemory<byte>>();
        foreach (var part in content)
        {
            parts.Add(part);
        }

        RandomAccess.Write(handle, parts, fileOffset: 0);
    }

    /// <summary>Keeps every rendered path inside the output folder, whatever a school name or slug contained.</summary>
    private static string Resolve(string root, string relative)
    {
        if (relative.Length == 0 || relative.StartsWith('/') || relative.Contains('\\') || relative
            .Split('/')
            .Any(p => p is "" or "." or ".."))
        {
            throw new InvalidOperationException($"Refusing to write outside the output folder: '{relative}'.");
        }

        return Path.Combine(root, relative.Replace('/', Path.DirectorySeparatorChar));
    }
}
