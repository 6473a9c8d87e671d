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

    public static void Add(ZipArchive zip, string name, byte[] bytes)
    {
        var item = zip.CreateEntry(name, CompressionLevel.Optimal);
        item.LastWriteTime = Epoch;
        using var stream = item.Open();
        stream.Write(bytes);
    }
}
