using Site.Render;

namespace Site.Write;

/// <summary>
/// The write stage: the only code that writes. A site is written whole to a temporary folder beside the output and
/// swapped in only when complete, so a failed build leaves the previous site as it was.
/// </summary>
public static class WriteFiles
{
    /// <summary>Marks a folder as one this program wrote, so that it never replaces a folder of anything else.</summary>
    public const string Marker = ".site-output";

    /// <returns>How many files were new or changed; the others are the previous build's files, linked, not rewritten.</returns>
    public static int Site(string outputFolder, IReadOnlyList<OutputFile> files)
    {
        using var site = StagedSite.Begin(outputFolder);
        foreach (var file in files)
        {
            site.Add(file);
        }

        site.Commit();
        return site.Changed;
    }

    /// <summary>
    /// An unchanged file is hard-linked from the previous build instead of written again, so its inode and time stay as
    /// they were and a deploy (or rsync) sees only what changed. Where linking fails, the file is written as usual.
    /// </summary>
    internal static bool KeepUnchanged(string previous, string target, byte[] bytes)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return false;
        }

        var info = new FileInfo(previous);
        if (!info.Exists || info.Length != bytes.Length || !File.ReadAllBytes(previous).AsSpan().SequenceEqual(bytes))
        {
            return false;
        }

        return NativeMethods.link(previous, target) == 0;
    }

    /// <summary>Replaces one file atomically (write beside it, then rename), for the data files that <c>import</c> writes.</summary>
    public static void Replace(string path, byte[] bytes)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + $".tmp-{Environment.ProcessId}";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, full, overwrite: true);
    }

    /// <summary>Keeps every rendered path inside the output folder, whatever a school name or slug contained.</summary>
    internal static string Resolve(string root, string relative)
    {
        if (relative.Length == 0 || relative.StartsWith('/') || relative.Contains('\\') || relative.Split('/').Any(p => p is "" or "." or ".."))
        {
            throw new InvalidOperationException($"Refusing to write outside the output folder: '{relative}'.");
        }

        return Path.Combine(root, relative.Replace('/', Path.DirectorySeparatorChar));
    }
}
