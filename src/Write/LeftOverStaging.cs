using System.Globalization;

namespace Site.Write;

/// <summary>
/// What builds into an output folder leave beside it when they are killed before they can clean up: their staging
/// folder (<c>.NAME.new-PID</c>), the last site being replaced (<c>.NAME.old-PID</c>) and their spool files
/// (<c>.NAME.new-PID.spool-N</c>). <see cref="StagedSite.Begin"/> removes them.
/// </summary>
public static class LeftOverStaging
{
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
            if (kind is not ("new" or "old")
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
