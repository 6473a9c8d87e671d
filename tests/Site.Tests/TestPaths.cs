namespace Site.Tests;

/// <summary>Where the fixtures and the repository's real data are, found from the test's own folder.</summary>
public static class TestPaths
{
    public static string Fixtures => Path.Combine(AppContext.BaseDirectory, "fixtures");

    public static string Small => Path.Combine(Fixtures, "small");

    public static string SmallInput => Path.Combine(Fixtures, "small-input");

    public static string Repo
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Site.csproj")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("Site.csproj not found above the test folder.");
        }
    }

    /// <summary>The frozen copy of the default data that the real-site tests read (see its FROZEN.md).</summary>
    public static string RealData => Path.Combine(Fixtures, "stockholm-2024-25");

    /// <summary>The repository's live data/, which next term's files go into; only LiveDataTests builds it.</summary>
    public static string LiveData => Path.Combine(Repo, "data");

    public static string RealExport =>
        Path.Combine(RealData, "results", "Grundskola - Slutbetyg årskurs 9, samtliga elever 2025 Skolenhet.csv");

    public static string SavedApi => Path.Combine(RealData, "sources", "skolverket-api");

    /// <summary>A fresh, empty temporary folder, removed when disposed.</summary>
    public static TempFolder Temp() => new();

    /// <summary>
    /// The names in a folder, in order, but the lists of a site's files and the site before the last that a build keeps
    /// beside its output (<c>.NAME.files</c>, <c>.NAME.previous</c>, <c>.NAME.previous.files</c>: see KeptTree).
    /// </summary>
    public static IEnumerable<string> Beside(string folder) =>
        Directory.GetFileSystemEntries(folder)
            .Select(p => Path.GetFileName(p)!)
            .Where(n => !(n.StartsWith('.') && (n.EndsWith(".files", StringComparison.Ordinal)
                || n.EndsWith(".previous", StringComparison.Ordinal))))
            .Order(StringComparer.Ordinal);

    /// <summary>A file's inode: the same inode after a rebuild is the same file, left untouched on disk.</summary>
    public static string Inode(string path)
    {
        var start = new System.Diagnostics.ProcessStartInfo("stat", ["-c", "%i", path])
        {
            RedirectStandardOutput = true,
        };
        using var process = System.Diagnostics.Process.Start(start)!;
        return process.StandardOutput.ReadToEnd().Trim();
    }
}
