using System.Security.Cryptography;
using System.Text;
using Site.Model;

namespace Site.Load;

/// <summary>
/// Parsed inputs kept on disk from one build to the next, owned by the build that is given one: Skolverket's
/// municipality workbook (reading it with ExcelDataReader was the longest read of Stockholm's build, 0.45-0.55 CPU-s
/// of a 0.6 s load stage, where everything else is done in 0.35 s) and Skolverket's school exports (most of a national
/// load: see <see cref="CachedResultsFile"/>), each read back from here in a fraction of that. A kept read is found by
/// the file's path, the SHA-256 of its bytes and this program's build (the module version id, the same for the same
/// source), so a changed file or a changed reader is read anew; a read that gave any diagnostic is not kept, so its
/// problems are reported on every build.
/// </summary>
/// <param name="folder">Where the reads are kept; made when first needed.</param>
public sealed class ParsedInputStore(string folder)
{
    /// <summary>
    /// How many reads are kept at most. Each path has its own (a copy of the data elsewhere, a test's temporary
    /// folder), so the least recently used go first, and the folder stays at a few tens of megabytes.
    /// </summary>
    public const int MostKept = 16;

    /// <summary>
    /// How many reads of exports are kept at most: a country has one a school year (15 in the benchmark's), and each
    /// is ~0.5 MB.
    /// </summary>
    public const int MostKeptResults = 64;

    private static readonly string Program =
        typeof(ParsedInputStore).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..16];

    /// <summary>The user's cache folder for the site's kept reads (XDG_CACHE_HOME, else ~/.cache).</summary>
    public static string DefaultFolder =>
        Path.Combine(
            Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } cache
                ? cache
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"),
            "skolresultat");

    /// <summary>
    /// The workbook's figures as a build read them before, of the municipalities <paramref name="publishes"/> keeps
    /// (all when null), or null when no build kept this read.
    /// </summary>
    public OfficialReport? FindOfficial(string path, string sha256, Func<string, bool>? publishes = null) =>
        Find(Official, path, sha256, stream => CachedOfficialReport.Read(stream, publishes).ToReport(path));

    /// <summary>Keeps a clean read of the workbook, in place of any earlier read of the same path.</summary>
    public void KeepOfficial(string path, string sha256, OfficialReport report) =>
        // An earlier read of the path (also one kept as JSON by an earlier program) is stale.
        Keep(Official, path, sha256, CachedOfficialReport.From(report).Write, MostKept);

    /// <summary>
    /// A Skolverket export's rows as a build read them before (<see cref="CachedResultsFile"/>), their texts taken from
    /// the load's <paramref name="strings"/>, or null when no build kept this read.
    /// </summary>
    public ResultsFile? FindResults(string path, string sha256, SharedStrings strings) =>
        Find(Results, path, sha256, stream => CachedResultsFile.Read(stream, path, strings));

    /// <summary>Keeps a clean read of an export, in place of any earlier read of the same path.</summary>
    public void KeepResults(string path, string sha256, ResultsFile results) =>
        Keep(Results, path, sha256, stream => CachedResultsFile.Write(stream, results), MostKeptResults);

    // The kinds of kept read, each the start of its files' names: each kind keeps its own number of reads.
    private const string Official = "official", Results = "results";

    private T? Find<T>(string kind, string path, string sha256, Func<Stream, T> read)
        where T : class
    {
        var file = FileFor(kind, path, sha256);
        try
        {
            T found;
            using (var stream = new BufferedStream(File.OpenRead(file), 1 << 16))
            {
                found = read(stream);
            }

            // Marked as used, so that it is among the last to go when the folder is full.
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow);
            return found;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            // Not kept, or damaged (EndOfStreamException is an IOException): the file is read again, and the read
            // kept anew.
            return null;
        }
    }

    // Any earlier read of the same path is stale: it is removed.
    private void Keep(string kind, string path, string sha256, Action<Stream> write, int mostKept) =>
        KeptFiles.Write(
            folder,
            FileFor(kind, path, sha256),
            write,
            pattern: $"{kind}-*",
            mostKept,
            stale: $"{kind}-{PathKey(path)}-*");

    private string FileFor(string kind, string path, string sha256) =>
        Path.Combine(folder, $"{kind}-{PathKey(path)}-{sha256[..16]}-{Program}.bin");

    private static string PathKey(string path) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(path))))[..16];
}
