using System.Buffers;
using System.Collections.Concurrent;
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
    private readonly ConcurrentDictionary<string, byte> folders =
        new(StringComparer.Ordinal);
    // The kept tree this build stages in (KeptTree), or null (a new folder); and the paths of the files it made, each
    // the last site's or written (KeptTree.Last, Written), for the list that keeps its tree for the build after next.
    private readonly KeptTree? kept;
    private readonly ConcurrentDictionary<string, byte> made = new(StringComparer.Ordinal);
    private int changed;
    private int spools;
    private int count;
    private long bytes;
    private bool committed;

    private StagedSite(string output, string staging, string previous, KeptTree? kept)
    {
        this.output = output;
        this.staging = staging;
        this.previous = previous;
        this.kept = kept;
        stampsWritten = OutputStamps.Written(output);
    }

    /// <summary>Whether this build stages in the site before the last (<see cref="KeptTree"/>).</summary>
    public bool StagesInKeptTree => kept is not null;

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

        var kept = KeptTree.Take(parent, name, output, staging);
        if (kept is null)
        {
            Directory.CreateDirectory(staging);
        }

        return new StagedSite(output, staging, LeftOverStaging.Old(parent, name, Environment.ProcessId), kept);
    }

    /// <summary>Writes one file into the staging folder; safe to call from several render workers at once.</summary>
    public void Add(OutputFile file)
    {
        var target = StagedFiles.Resolve(staging, file.RelativePath);
        MakeFolder(target);
        made.TryAdd(file.RelativePath, KeptTree.Last);

        if (!KeepUnchanged(StagedFiles.Resolve(output, file.RelativePath), target, file.Content))
        {
            kept?.Replace(target);
            StagedFiles.Write(target, file.Content);
            made[file.RelativePath] = KeptTree.Written;
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
        var target = StagedFiles.Resolve(staging, relativePath);
        MakeFolder(target);
        made.TryAdd(relativePath, KeptTree.Last);
        kept?.Replace(target);
        long length;
        using (var stream = new FileStream(target, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024))
        {
            write(stream);
            length = stream.Length;
        }

        var link = target + ".last";
        var last = StagedFiles.Resolve(output, relativePath);
        if (LinkIfSame(last, link, length, file => SameContent.Files(file.FullName, target)))
        {
            File.Move(link, target, overwrite: true);
        }
        else
        {
            made[relativePath] = KeptTree.Written;
            Interlocked.Increment(ref changed);
        }

        Interlocked.Increment(ref count);
        Interlocked.Add(ref bytes, length);
    }

    /// <summary>Where a file this build wrote is in the staging folder, to be read back (the manifest, mapped).
    /// </summary>
    public string StagedPath(string relativePath) => StagedFiles.Resolve(staging, relativePath);

    /// <summary>A file this build wrote into the staging folder, opened to be read back (a table's slices are cut
    /// from it).</summary>
    public Microsoft.Win32.SafeHandles.SafeFileHandle OpenStaged(string relativePath) =>
        File.OpenHandle(StagedFiles.Resolve(staging, relativePath), FileMode.Open, FileAccess.Read, FileShare.Read);

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
        var target = StagedFiles.Resolve(staging, relativePath);
        made.TryAdd(relativePath, KeptTree.Last);
        // The kept tree's file is the output's, kept as it is; else the output's is linked, when it is as stamped.
        if (kept?.HoldsOutputs(relativePath, target, stamp, stampsWritten) != true)
        {
            MakeFolder(target);
            var previousFile = StagedFiles.Resolve(output, relativePath);
            if (!LinkIfSame(
                    previousFile, target, stamp.Length, file => OutputStamps.AsStamped(file, stamp, stampsWritten)))
            {
                return false;
            }
        }

        Interlocked.Increment(ref count);
        Interlocked.Add(ref bytes, stamp.Length);
        return true;
    }

    /// <param name="stamps">The stamps of this build's files, kept beside them for the next build.</param>
    public void Commit(ChunkedBytes? stamps = null)
    {
        var marker = Path.Combine(staging, Marker);
        var stampsFile = Path.Combine(staging, OutputStamps.FileName);
        made[Marker] = KeptTree.Written;
        kept?.Replace(marker);
        File.WriteAllBytes(marker, []);
        if (stamps is not null)
        {
            made[OutputStamps.FileName] = KeptTree.Written;
            kept?.Replace(stampsFile);
            StagedFiles.Write(stampsFile, stamps.Sequence);
        }

        kept?.RemoveUnmade(made);
        // This site's list, for the build after next to stage in it (KeptTree); moved beside the output after the swap.
        var list = LeftOverStaging.Listed(output);
        var newList = list + ".new";
        var listed = KeptTree.Supported && KeptTree.WriteList(newList, staging, made);
        if (Directory.Exists(output))
        {
            Directory.Move(output, previous);
        }

        Directory.Move(staging, output);
        committed = true;
        if (Directory.Exists(previous) && KeptTree.Supported)
        {
            // The replaced site is kept, with its list, to stage the next build in: a kept tree nobody took (a build
            // that found no list for it) is removed first.
            KeptTree.Keep(output, previous, list);
        }

        if (listed)
        {
            File.Move(newList, list, overwrite: true);
        }

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
            try
            {
                Directory.CreateDirectory(folder);
            }
            catch (IOException) when (kept?.FileAt(folder) is { } file)
            {
                // A file of the kept tree where this site has a folder: looked for only then, not a stat a folder.
                File.Delete(file);
                Directory.CreateDirectory(folder);
            }

            folders.TryAdd(folder, 0);
        }
    }

    /// <summary>
    /// An unchanged file is hard-linked from the previous build instead of written again, so its inode and time stay as
    /// they were and a deploy (or rsync) sees only what changed. Where linking fails, the file is written as usual.
    /// </summary>
    private bool KeepUnchanged(string previous, string target, ReadOnlySequence<byte> content) =>
        LinkIfSame(previous, target, content.Length, file => SameContent.Bytes(file.FullName, content));

    /// <summary>
    /// Hard-links the last build's file into the staging folder when it is there, at this length, and
    /// <paramref name="same"/> says it is the file wanted; false otherwise (and where links are not made).
    /// </summary>
    private bool LinkIfSame(string previous, string target, long length, Func<FileInfo, bool> same)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return false;
        }

        var info = new FileInfo(previous);
        if (!info.Exists || info.Length != length || !same(info))
        {
            return false;
        }

        // In the kept tree the file is nearly always the output's already (the same inode): nothing to do.
        if (kept is not null && NativeMethods.FileId(target) is { } staged)
        {
            if (staged == NativeMethods.FileId(previous))
            {
                return true;
            }

            kept.Replace(target);
        }

        return NativeMethods.link(previous, target) == 0;
    }
}
