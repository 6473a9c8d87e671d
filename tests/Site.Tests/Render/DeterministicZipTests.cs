using System.Buffers;
using System.IO.Compression;
using Site.Render;

namespace Site.Tests.Render;

public class DeterministicZipTests
{
    private static readonly byte[] Large = new byte[200_000].Select((_, i) => (byte)(i * 7 % 251)).ToArray();

    /// <summary>The same entries written by System.IO.Compression, as the data stage wrote its zip before.</summary>
    private static byte[] ZipArchiveBytes(IEnumerable<(string Name, byte[] Bytes)> files)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in files)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
                using var stream = entry.Open();
                stream.Write(bytes);
            }
        }

        return memory.ToArray();
    }

    private static byte[] Bytes(System.Buffers.ReadOnlySequence<byte> bytes) => bytes.ToArray();

    [Fact]
    public void Its_bytes_are_those_ZipArchive_writes_for_the_same_entries_in_part_order()
    {
        var zip = new DeterministicZip(parts: 2);
        // The second part is filled first: its entries still come after the first part's.
        zip.Add(1, "b/c.csv", new ReadOnlySequence<byte>("åäö\n"u8.ToArray()));
        zip.Add(0, "a.csv", new ReadOnlySequence<byte>(Large));
        zip.Add(1, "skolor/åre.csv", new ReadOnlySequence<byte>("x\n"u8.ToArray()));
        zip.Add(0, "empty.csv", ReadOnlySequence<byte>.Empty);

        var expected = ZipArchiveBytes([
            ("a.csv", Large),
            ("empty.csv", []),
            ("b/c.csv", "åäö\n"u8.ToArray()),
            ("skolor/åre.csv", "x\n"u8.ToArray())]);

        Assert.Equal(expected, Bytes(zip.Finish()));
    }

    [Fact]
    public void An_entry_given_in_chunks_is_the_entry_given_whole()
    {
        var chunks = new ByteChunks();
        chunks.Write(Large);
        var zip = new DeterministicZip(parts: 1);
        zip.Add(0, "a.csv", chunks.Freeze().Sequence);

        using var read = new ZipArchive(new MemoryStream(Bytes(zip.Finish())), ZipArchiveMode.Read);
        using var entry = read.Entries.Single().Open();
        using var copy = new MemoryStream();
        entry.CopyTo(copy);
        Assert.Equal(Large, copy.ToArray());
    }
}
