using System.IO.Compression;

namespace Site.Render;

/// <summary>A zip whose bytes depend only on its entries: sorted names and one fixed timestamp, so the same data gives the same file.</summary>
public static class DeterministicZip
{
    private static readonly DateTimeOffset Epoch = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Create(IEnumerable<OutputFile> entries)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in entries.OrderBy(e => e.RelativePath, StringComparer.Ordinal))
            {
                var item = zip.CreateEntry(entry.RelativePath, CompressionLevel.Optimal);
                item.LastWriteTime = Epoch;
                using var stream = item.Open();
                stream.Write(entry.Bytes);
            }
        }

        return memory.ToArray();
    }
}
