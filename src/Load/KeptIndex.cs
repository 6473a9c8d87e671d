using System.Text;

namespace Site.Load;

/// <summary>
/// A small binary file a build keeps in the cache folder for the next build into the same output folder (the tables'
/// blocks of rows, the zip's chunks): its kind's tag and this program's build, then what the caller writes. Another
/// program's file, or one damaged or cut short, reads as none.
/// </summary>
/// <param name="kind">Names the files (<c>KIND-FOLDER.bin</c>) and tags their contents.</param>
/// <param name="folder">The cache folder; null keeps nothing and finds nothing.</param>
/// <param name="output">The build's output folder.</param>
public sealed class KeptIndex(string kind, string? folder, string output)
{
    /// <summary>How many output folders' files of a kind are kept.</summary>
    public const int MostKept = 4;

    private static readonly byte[] Program = typeof(KeptIndex).Module.ModuleVersionId.ToByteArray();

    private readonly byte[] tag = Encoding.UTF8.GetBytes($"skolresultat {kind}\n");

    /// <summary>The kept file: <c>KIND-FOLDER.bin</c> in the cache folder; null when nothing is kept.</summary>
    public string? File { get; } =
        folder is null ? null : Path.Combine(folder, $"{kind}-{KeptFiles.FolderKey(output)}.bin");

    /// <summary>What names every output folder's file of this kind, for <see cref="KeptFiles"/>.</summary>
    public string Pattern => $"{kind}-*.bin";

    /// <summary>The file's first bytes: the kind's tag and this program's build.</summary>
    public byte[] Header => [.. tag, .. Program];

    /// <summary>Reads the kept file with <paramref name="read"/>; false when there is none this program can read
    /// whole (what <paramref name="read"/> read of it is then to be dropped).</summary>
    public bool Read(Action<BinaryReader> read)
    {
        try
        {
            if (File is null || !System.IO.File.Exists(File))
            {
                return false;
            }

            var header = Header;
            using var reader = new BinaryReader(
                new BufferedStream(System.IO.File.OpenRead(File), 1 << 16), Encoding.UTF8);
            if (!reader.ReadBytes(header.Length).AsSpan().SequenceEqual(header))
            {
                return false;
            }

            read(reader);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            // Damaged or cut short (EndOfStreamException is an IOException; see Count).
            return false;
        }
    }

    /// <summary>
    /// Reads the kept list of items (<see cref="WriteList{T}"/>) into <paramref name="into"/>, by key; leaves it empty
    /// when there is none this program can read whole.
    /// </summary>
    public void ReadList<T>(Dictionary<string, T> into, Func<BinaryReader, T> read, Func<T, string> key)
    {
        if (!Read(reader =>
            {
                for (var count = Count(reader, bytesEach: 1); count > 0; count--)
                {
                    var item = read(reader);
                    into[key(item)] = item;
                }
            }))
        {
            into.Clear();
        }
    }

    /// <summary>Keeps a list of items, each written by <paramref name="write"/>, whole or not at all.</summary>
    public void WriteList<T>(IReadOnlyCollection<T> items, Action<BinaryWriter, T> write) =>
        Write(writer => WriteArray(writer, items, write));

    /// <summary>An array written by <see cref="WriteArray{T}"/>, each item read by <paramref name="read"/> at
    /// <paramref name="bytesEach"/> bytes or more (see <see cref="Count"/>).</summary>
    public static T[] ReadArray<T>(BinaryReader reader, int bytesEach, Func<BinaryReader, T> read)
    {
        var items = new T[Count(reader, bytesEach)];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = read(reader);
        }

        return items;
    }

    /// <summary>Writes a count, then each item.</summary>
    public static void WriteArray<T>(BinaryWriter writer, IReadOnlyCollection<T> items, Action<BinaryWriter, T> write)
    {
        writer.Write(items.Count);
        foreach (var item in items)
        {
            write(writer, item);
        }
    }

    /// <summary>
    /// A count read from the file, checked against what is left of it at <paramref name="bytesEach"/> bytes an item:
    /// a damaged count is not an array of a billion items.
    /// </summary>
    public static int Count(BinaryReader reader, int bytesEach)
    {
        var count = reader.ReadInt32();
        var left = reader.BaseStream.Length - reader.BaseStream.Position;
        return count >= 0 && (long)count * bytesEach <= left
            ? count
            : throw new InvalidDataException($"A kept file counts {count} items of {bytesEach} bytes in {left} bytes.");
    }

    /// <summary>Keeps what <paramref name="write"/> writes, whole or not at all (<see cref="KeptFiles"/>).</summary>
    public void Write(Action<BinaryWriter> write)
    {
        if (folder is null || File is null)
        {
            return;
        }

        KeptFiles.Write(folder, File, stream =>
        {
            using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
            writer.Write(Header);
            write(writer);
        }, Pattern, MostKept);
    }
}
