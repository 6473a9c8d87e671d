using System.Globalization;
using System.Text;
using Site.Render;

namespace Site.Write;

/// <summary>
/// The site before the last, kept beside the output (<c>.NAME.previous</c>) for the next build to stage in: two trees
/// taking turns, as a double buffer does. A rebuild stages in the older tree, where nearly every file is already the
/// hard link the output has, instead of linking ~22,000 files into a new folder and removing ~22,000 names and ~11,000
/// folders of the replaced site after the swap (a national changed cell: the swap 230-260 ms, the links ~0.3 s of
/// processor time in the render). A tree is used only with the list of its files (<c>.NAME.previous.files</c>, moved
/// beside it at the swap), which names the marker file of the tree it lists: a list of another tree (a build killed
/// between two renames) is not used, and the build stages in a new folder as before. Linux only (the inode numbers are
/// read with statx); elsewhere the replaced site is removed as before.
/// </summary>
internal sealed class KeptTree
{
    /// <summary>A listed file that is the last site's (linked from it, or kept: the same inode).</summary>
    public const byte Last = 0;

    /// <summary>A listed file its build wrote.</summary>
    public const byte Written = 1;

    // A list's first line names the marker of the tree it lists; each other line is a file, after "= " when it is the
    // site before's (Last) and "+ " when its build wrote it.
    private const string Header = "skolresultat-files-2";

    private readonly string staging;
    private readonly IReadOnlyCollection<string> files;
    private readonly HashSet<string> outputs;

    private KeptTree(string staging, IReadOnlyCollection<string> files, HashSet<string> outputs)
    {
        this.staging = staging;
        this.files = files;
        this.outputs = outputs;
    }

    /// <summary>Whether trees are kept here: a kept file is compared with the output's by its inode.</summary>
    public static bool Supported => OperatingSystem.IsLinux();

    /// <summary>
    /// Takes the kept tree beside <paramref name="output"/> as the staging folder <paramref name="staging"/> (a rename:
    /// of builds beside each other, one takes it), when the output and the tree's list of files are there; null when
    /// there is none to take, and the staging folder is made empty as before.
    /// </summary>
    public static KeptTree? Take(string parent, string name, string output, string staging)
    {
        var tree = LeftOverStaging.Previous(parent, name);
        var list = LeftOverStaging.Listed(tree);
        if (!Supported || !File.Exists(Path.Combine(output, StagedSite.Marker)) || !Directory.Exists(tree)
            || Read(list, tree) is not { } files)
        {
            return null;
        }

        // The output's files its build did not write are the kept tree's (the site that build replaced), where the
        // kept tree has them: the output's own list says which, when it is the output's.
        var outputs = Read(LeftOverStaging.Listed(output), output) is { } outputFiles
            ? outputFiles.Where(f => f.Value == Last && files.ContainsKey(f.Key)).Select(f => f.Key)
            : [];
        try
        {
            Directory.Move(tree, staging);
        }
        catch (IOException)
        {
            return null;
        }

        return new KeptTree(
            staging,
            files: files.Keys,
            outputs: outputs.ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>
    /// Whether the kept tree's file at <paramref name="relativePath"/> (<paramref name="target"/>) is the output's, as
    /// the last build <paramref name="stamp"/>ed it: the last build linked it from the site it replaced, the kept tree,
    /// and wrote no file there; and it was not changed by hand since (<see cref="OutputStamps.AsStamped(string,
    /// ValueTuple{long, DateTime}, FileStamp, DateTime)"/>). One look at the file, where the output's file, the kept
    /// one and its folder were three.
    /// </summary>
    public bool HoldsOutputs(string relativePath, string target, FileStamp stamp, DateTime stampsWritten) =>
        outputs.Contains(relativePath)
        && NativeMethods.RegularFile(target) is { } file
        && OutputStamps.AsStamped(target, file, stamp, stampsWritten);

    /// <summary>
    /// Removes from the staging folder the kept tree's files this build did not make (<paramref name="made"/>, paths
    /// relative to the site), and the folders they leave empty: nothing the last site but one had stays in this one.
    /// </summary>
    public void RemoveUnmade(IReadOnlyDictionary<string, byte> made)
    {
        var emptied = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in files.Where(f => !made.ContainsKey(f)))
        {
            // Only a file is removed: where the kept tree's file is a folder now, this build made it one for its own
            // files, and where its folder is gone, a file of this build took the folder's place (and removed it).
            var path = Path.Combine(staging, file.Replace('/', Path.DirectorySeparatorChar));
            if (File.Exists(path))
            {
                File.Delete(path);
            }

            for (var folder = Path.GetDirectoryName(path); folder is not null && folder.Length > staging.Length;
                folder = Path.GetDirectoryName(folder))
            {
                emptied.Add(folder);
            }
        }

        // Deepest first: a folder's own folders go before it.
        foreach (var folder in emptied.Reverse())
        {
            if (Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
            {
                Directory.Delete(folder);
            }
        }
    }

    /// <summary>
    /// Removes a file of the kept tree before this build writes its own in its place: the kept file may be a link to
    /// the output's, which must not change before the swap. A folder where a file now goes is removed too.
    /// </summary>
    public void Replace(string target)
    {
        if (Directory.Exists(target))
        {
            Directory.Delete(target, recursive: true);
        }
        else
        {
            File.Delete(target);
        }
    }

    /// <summary>The file of the kept tree at <paramref name="folder"/> or at a folder it is in, if one is: where this
    /// site has a folder.</summary>
    public string? FileAt(string folder)
    {
        for (var path = folder; path.Length > staging.Length; path = Path.GetDirectoryName(path)!)
        {
            if (File.Exists(path))
            {
                return path;
            }
        }

        return null;
    }

    /// <summary>
    /// Moves the site a swap replaced (<paramref name="replaced"/>) beside <paramref name="output"/> as the kept tree,
    /// with the list of its files (<paramref name="list"/>); a kept tree nobody took (a build that found no list for
    /// it) is removed first. Without a list the replaced site is left where it is, to be removed.
    /// </summary>
    public static void Keep(string output, string replaced, string list)
    {
        var tree = LeftOverStaging.Previous(Path.GetDirectoryName(output)!, Path.GetFileName(output));
        var treeList = LeftOverStaging.Listed(tree);
        if (Directory.Exists(tree))
        {
            Directory.Delete(tree, recursive: true);
        }

        if (!File.Exists(list))
        {
            File.Delete(treeList);
            return;
        }

        Directory.Move(replaced, tree);
        File.Move(list, treeList, overwrite: true);
    }

    /// <summary>
    /// The list of a staged site's files, written beside its folder before the swap (<c>.NAME.files.new</c>): its first
    /// line names the site's marker file. False where a path cannot be listed on a line (the tree is then not kept).
    /// </summary>
    /// <param name="made">Each file of the site, and whether it is the site before's (<see cref="Last"/>) or its
    /// build wrote it (<see cref="Written"/>).</param>
    public static bool WriteList(string path, string staging, IEnumerable<KeyValuePair<string, byte>> made)
    {
        var paths = made.OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
        if (paths.Any(p => p.Key.Contains('\n', StringComparison.Ordinal)
            || p.Key.Contains('\r', StringComparison.Ordinal)))
        {
            return false;
        }

        File.WriteAllLines(
            path,
            [
                Line(NativeMethods.FileId(Path.Combine(staging, StagedSite.Marker))),
                .. paths.Select(p => (p.Value == Last ? "= " : "+ ") + p.Key),
            ],
            new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return true;
    }

    /// <summary>The files of the list at <paramref name="list"/>, when it lists the tree at <paramref name="tree"/>
    /// (its first line names the tree's marker); else null.</summary>
    private static Dictionary<string, byte>? Read(string list, string tree)
    {
        if (!File.Exists(list))
        {
            return null;
        }

        // Read as bytes, a path made a string from its line's: no string for each whole line (44,000 in a rebuild's
        // two lists).
        var bytes = File.ReadAllBytes(list).AsSpan();
        var header = Encoding.UTF8.GetBytes(Line(NativeMethods.FileId(Path.Combine(tree, StagedSite.Marker))) + "\n");
        if (header.Length == 1 || !bytes.StartsWith(header))
        {
            return null;
        }

        var lines = bytes[header.Length..];
        var files = new Dictionary<string, byte>(lines.Count((byte)'\n'), StringComparer.Ordinal);
        foreach (var range in lines.Split((byte)'\n'))
        {
            var line = lines[range];
            if (line.IsEmpty)
            {
                continue;
            }

            if (line.Length < 3 || line[1] != ' ' || (line[0] != '=' && line[0] != '+'))
            {
                return null;
            }

            files[Encoding.UTF8.GetString(line[2..])] = line[0] == '=' ? Last : Written;
        }

        return files;
    }

    private static string Line((ulong Device, ulong Inode)? marker) =>
        marker is { } id ? string.Create(CultureInfo.InvariantCulture, $"{Header} {id.Device}:{id.Inode}") : "";
}
