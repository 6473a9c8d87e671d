using System.Globalization;
using System.Text;

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
    private const string Header = "skolresultat-files";

    private readonly string staging;
    private readonly HashSet<string> files;

    private KeptTree(string staging, HashSet<string> files)
    {
        this.staging = staging;
        this.files = files;
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
            || !File.Exists(list))
        {
            return null;
        }

        var lines = File.ReadAllLines(list, Encoding.UTF8);
        if (lines.Length == 0 || lines[0] != Line(NativeMethods.FileId(Path.Combine(tree, StagedSite.Marker))))
        {
            return null;
        }

        try
        {
            Directory.Move(tree, staging);
        }
        catch (IOException)
        {
            return null;
        }

        return new KeptTree(staging, new HashSet<string>(lines.Skip(1), StringComparer.Ordinal));
    }

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
    public static bool WriteList(string path, string staging, IEnumerable<string> made)
    {
        var paths = made.Order(StringComparer.Ordinal).ToList();
        if (paths.Any(p => p.Contains('\n', StringComparison.Ordinal) || p.Contains('\r', StringComparison.Ordinal)))
        {
            return false;
        }

        File.WriteAllLines(
            path, [Line(NativeMethods.FileId(Path.Combine(staging, StagedSite.Marker))), .. paths], Encoding.UTF8);
        return true;
    }

    private static string Line((ulong Device, ulong Inode)? marker) =>
        marker is { } id ? string.Create(CultureInfo.InvariantCulture, $"{Header} {id.Device}:{id.Inode}") : "";
}
