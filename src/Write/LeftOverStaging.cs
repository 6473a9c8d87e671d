using System.Globalization;

namespace Site.Write;

/// <summary>
/// What builds into an output folder leave beside it when they are killed before they can clean up: their staging
/// folder (<c>.NAME.new-PID</c>), the last site being replaced (<c>.NAME.old-PID</c>) and their spool files
/// (<c>.NAME.new-PID.spool-N</c>). <see cref="StagedSite.Begin"/> removes them, and names its own here, so that the
/// names it makes and the names removed are one scheme.
/// </summary>
public static class LeftOverStaging
{
    private const string New = "new", OldSite = "old", SpoolPart = "spool", PreviousSite = "previous";

    /// <summary>The staging folder of the build in this process.</summary>
    public static string Staging(string parent, string name, int process) =>
        Path.Combine(parent, $".{name}.{New}-{process}");

    /// <summary>Where the last site is moved while the build in this process swaps its own in.</summary>
    public static string Old(string parent, string name, int process) =>
        Path.Combine(parent, $".{name}.{OldSite}-{process}");

    /// <summary>The site before the last, kept to stage the next build in (<see cref="KeptTree"/>); not a left-over.
    /// </summary>
    public static string Previous(string parent, string name) => Path.Combine(parent, $".{name}.{PreviousSite}");

    /// <summary>The list of a site folder's files, beside it: <c>.NAME.files</c> for the output,
    /// <c>.NAME.previous.files</c> for the kept tree (<see cref="KeptTree"/>).</summary>
    public static string Listed(string folder)
    {
        var name = Path.GetFileName(folder);
        return Path.Combine(Path.GetDirectoryName(folder)!, (name.StartsWith('.') ? name : "." + name) + ".files");
    }

    /// <summary>A spool file of a staging folder.</summary>
    public static string Spool(string staging, int number) => $"{staging}.{SpoolPart}-{number}";

    /// <summary>
    /// Removes the staging folders, old sites and spool files that builds into this output left behind when they were
    /// killed (out of memory, interrupted) before they could: each is named after its build's process, and one whose
    /// process is still running (a build beside this one) is left alone. A national site's staging folder is 800 MB.
    /// </summary>
    public static void Remove(string parent, string name)
    {
        foreach (var path in Directory.EnumerateFileSystemEntries(parent, $".{name}.*-*"))
        {
            var rest = Path.GetFileName(path)[(name.Length + 2)..];
            var dash = rest.IndexOf('-');
            var kind = dash < 0 ? "" : rest[..dash];
            var id = dash < 0 ? "" : rest[(dash + 1)..].Split('.')[0];
            if (kind is not (New or OldSite)
                || !int.TryParse(id, CultureInfo.InvariantCulture, out var pid)
                || Running(pid))
            {
                continue;
            }

            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
            else
            {
                File.Delete(path);
            }
        }
    }

    private static bool Running(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
