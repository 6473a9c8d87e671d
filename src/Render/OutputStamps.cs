using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Site.Compute.Analysis;

namespace Site.Render;

/// <summary>
/// The stamp (<see cref="FileStamp"/>) of every page and data file a build made, kept in the output folder beside them
/// (<see cref="FileName"/>), and those of the build before, read from there. A file whose fingerprint is the last
/// build's is the same file: the build keeps it (and a data file's compressed bytes in the zip) instead of making it
/// again. Stamps are kept only for the same program on the same runtime: another may write the same view or compress
/// the same bytes differently. One instance belongs to one build.
/// </summary>
public sealed class OutputStamps
{
    /// <summary>Hidden, like the folder's marker.</summary>
    public const string FileName = ".site-stamps";

    private static readonly string Header = string.Join(
        ' ',
        "skolresultat-stamps",
        typeof(OutputStamps).Module.ModuleVersionId.ToString("N"),
        RuntimeInformation.FrameworkDescription.Replace(' ', '_'),
        RuntimeInformation.RuntimeIdentifier);

    private readonly IReadOnlyDictionary<string, FileStamp> previous;
    private readonly ConcurrentDictionary<string, FileStamp> current;

    private OutputStamps(IReadOnlyDictionary<string, FileStamp> previous)
    {
        this.previous = previous;
        // As many files as the last build's, most likely: made at that size, not grown to it.
        current = new(Environment.ProcessorCount, Math.Max(31, previous.Count), StringComparer.Ordinal);
    }

    /// <summary>What hashes this build's views.</summary>
    public ViewFingerprints Views { get; } = new();

    /// <summary>No last build to keep files from: every file is made.</summary>
    public static OutputStamps None() => new(new Dictionary<string, FileStamp>());

    /// <summary>
    /// The last build's stamps in <paramref name="outputFolder"/>; none when it has none this program can use.
    /// </summary>
    public static OutputStamps Read(string outputFolder)
    {
        var path = Path.Combine(outputFolder, FileName);
        var bytes = File.Exists(path) ? File.ReadAllBytes(path) : [];
        var header = Encoding.UTF8.GetBytes(Header + "\n");
        return new(
            bytes.AsSpan().StartsWith(header)
                ? Parse(bytes.AsSpan(header.Length))
                : new Dictionary<string, FileStamp>());
    }

    /// <summary>The last build's stamp of <paramref name="file"/>, if it had one.</summary>
    public FileStamp? Previous(string file) => previous.TryGetValue(file, out var stamp) ? stamp : null;

    public void Record(string file, FileStamp stamp) => current[file] = stamp;

    /// <summary>
    /// This build's stamps: a header, then one line a file ("fingerprint content length sha256 path"), in path order.
    /// </summary>
    public ChunkedBytes Bytes()
    {
        // Written line by line into chunks: as one string and then one array, a national site's 22,000 stamps were
        // 9 MB of large objects at the end of the build, where its memory peaks.
        var bytes = new ByteChunks();
        using (var text = new StreamWriter(bytes, new UTF8Encoding(false), 16 * 1024, leaveOpen: true))
        {
            text.Write(Header);
            text.Write('\n');
            // The paths sorted as an array of strings: OrderBy over the dictionary's pairs (a value type holding a
            // stamp) ran in code compiled at run time, at its lowest tier, on one core at the very end of the build.
            var files = current.Keys.ToArray();
            Array.Sort(files, StringComparer.Ordinal);
            // Each line formatted into one buffer, not made a string (22,000 of them, 9 MB with their hashes' texts).
            var line = new char[256];
            foreach (var file in files)
            {
                var stamp = current[file];
                int length;
                while (!line.AsSpan().TryWrite(
                    CultureInfo.InvariantCulture,
                    $"{stamp.Fingerprint} {stamp.Content} {stamp.Length} {stamp.Sha256 ?? "-"} {file}\n",
                    out length))
                {
                    line = new char[line.Length * 2];
                }

                text.Write(line, 0, length);
            }
        }

        return bytes.Freeze();
    }

    /// <summary>
    /// Whether the last build's <paramref name="file"/> is still as its <paramref name="stamp"/> says: its length, and
    /// its bytes' hash unless it was last modified before the stamps were (<paramref name="stampsWritten"/>), which the
    /// last build wrote after every other file. Strictly before, because file times tick coarsely (a few ms).
    /// </summary>
    public static bool AsStamped(FileInfo file, FileStamp stamp, DateTime stampsWritten) =>
        file.Exists && AsStamped(file.FullName, (file.Length, file.LastWriteTimeUtc), stamp, stampsWritten);

    /// <summary>The same, of the file at <paramref name="path"/> whose length and time are known.</summary>
    public static bool AsStamped(
        string path, (long Length, DateTime Modified) file, FileStamp stamp, DateTime stampsWritten) =>
        file.Length == stamp.Length && (file.Modified < stampsWritten || ContentHash(path) == stamp.Content);

    /// <summary>When the stamps in <paramref name="outputFolder"/> were written (<see cref="AsStamped"/>).</summary>
    public static DateTime Written(string outputFolder)
    {
        var stamps = new FileInfo(Path.Combine(outputFolder, FileName));
        return stamps.Exists ? stamps.LastWriteTimeUtc : DateTime.MinValue;
    }

    /// <summary>A hash of a file's bytes (XxHash128: ~20 times faster than SHA-256, and not for anyone else).</summary>
    public static Hash128 ContentHash(System.Buffers.ReadOnlySequence<byte> content)
    {
        var hash = new System.IO.Hashing.XxHash128();
        foreach (var part in content)
        {
            hash.Append(part.Span);
        }

        return Hash128.Of(hash);
    }

    /// <summary>The same hash of a file on disk, read part by part so that a large one is never read whole.</summary>
    public static Hash128 ContentHash(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        var hash = new System.IO.Hashing.XxHash128();
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                hash.Append(buffer.AsSpan(0, read));
            }

            return Hash128.Of(hash);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>A line that does not read is left out: its file is made again, which is always right.</summary>
    /// <remarks>Read as spans: only the path and a data file's SHA-256 are made strings (read as lines and split into
    /// strings, the national stamps were 15 MB of garbage).</remarks>
    private static Dictionary<string, FileStamp> Parse(ReadOnlySpan<byte> lines)
    {
        var stamps = new Dictionary<string, FileStamp>(lines.Count((byte)'\n'), StringComparer.Ordinal);
        Span<Range> parts = stackalloc Range[5];
        var chars = new char[1024];
        foreach (var range in lines.Split((byte)'\n'))
        {
            var line = lines[range];
            if (Encoding.UTF8.GetMaxCharCount(line.Length) > chars.Length)
            {
                chars = new char[Encoding.UTF8.GetMaxCharCount(line.Length)];
            }

            var text = chars.AsSpan(0, Encoding.UTF8.GetChars(line, chars));
            if (text.Split(parts, ' ') == 5
                && Hash128.Parse(text[parts[0]]) is { } hash
                && Hash128.Parse(text[parts[1]]) is { } content
                && long.TryParse(text[parts[2]], NumberStyles.None, CultureInfo.InvariantCulture, out var length))
            {
                var sha256 = text[parts[3]] is "-" ? null : text[parts[3]].ToString();
                stamps[text[parts[4]].ToString()] = new FileStamp(hash, length, content, sha256);
            }
        }

        return stamps;
    }
}
