using System.Buffers;
using System.IO.Compression;

namespace Site.Render;

/// <summary>
/// A zip whose bytes depend only on its entries: entries in the order they are added (the data stage adds them in a
/// fixed order) and one fixed timestamp, so the same data gives the same file.
/// </summary>
public static class DeterministicZip
{
    private static readonly DateTimeOffset Epoch = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static ZipArchive Open(Stream destination) => new(destination, ZipArchiveMode.Create, leaveOpen: true);

    public static void Add(ZipArchive zip, string name, byte[] bytes) => Add(zip, name, new ReadOnlySequence<byte>(bytes));

    public static void Add(ZipArchive zip, string name, ReadOnlySequence<byte> content)
    {
        var item = zip.CreateEntry(name, CompressionLevel.Optimal);
        item.LastWriteTime = Epoch;
        using var stream = item.Open();
        foreach (var part in content)
        {
            stream.Write(part.Span);
        }
    }
}
