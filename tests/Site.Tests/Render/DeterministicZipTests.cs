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
    public void At_level_6_its_bytes_are_those_ZipArchive_writes_at_Optimal_for_the_same_entries_in_part_order()
    {
        var zip = new DeterministicZip(parts: 2, level: 6);
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
    public void A_zip_kept_in_files_writes_the_bytes_ZipArchive_writes_and_leaves_no_file_behind()
    {
        using var temp = TestPaths.Temp();
        var spools = 0;
        Stream Spool() => new FileStream(
            Path.Combine(temp.Path, $"spool-{++spools}"), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None,
            4096, FileOptions.DeleteOnClose);
        using var written = new MemoryStream();
        using (var zip = new DeterministicZip(parts: 3, level: 6, Spool))
        {
            zip.Add(2, "b/c.csv", new ReadOnlySequence<byte>("åäö\n"u8.ToArray()));
            zip.Add(0, "a.csv", new ReadOnlySequence<byte>(Large));
            zip.Add(2, "skolor/åre.csv", new ReadOnlySequence<byte>("x\n"u8.ToArray()));
            zip.Add(0, "empty.csv", ReadOnlySequence<byte>.Empty);
            zip.WriteTo(written);
            Assert.Equal(2, Directory.GetFiles(temp.Path).Length);
            Assert.Throws<InvalidOperationException>(() => zip.Finish());
        }

        var expected = ZipArchiveBytes([
            ("a.csv", Large),
            ("empty.csv", []),
            ("b/c.csv", "åäö\n"u8.ToArray()),
            ("skolor/åre.csv", "x\n"u8.ToArray())]);
        Assert.Equal(expected, written.ToArray());
        Assert.Empty(Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void An_entry_given_in_chunks_is_the_entry_given_whole()
    {
        var chunks = new ByteChunks();
        chunks.Write(Large);
        var zip = new DeterministicZip(parts: 1, level: DeterministicZip.PackageLevel);
        zip.Add(0, "a.csv", chunks.Freeze().Sequence);

        using var read = new ZipArchive(new MemoryStream(Bytes(zip.Finish())), ZipArchiveMode.Read);
        using var entry = read.Entries.Single().Open();
        using var copy = new MemoryStream();
        entry.CopyTo(copy);
        Assert.Equal(Large, copy.ToArray());
    }

    [Fact]
    public void At_the_package_level_ZipArchive_reads_back_every_entry_in_part_order()
    {
        var zip = new DeterministicZip(parts: 2, level: DeterministicZip.PackageLevel);
        zip.Add(1, "b/c.csv", new ReadOnlySequence<byte>("åäö\n"u8.ToArray()));
        zip.Add(0, "a.csv", new ReadOnlySequence<byte>(Large));
        zip.Add(0, "empty.csv", ReadOnlySequence<byte>.Empty);

        using var read = new ZipArchive(new MemoryStream(Bytes(zip.Finish())), ZipArchiveMode.Read);
        Assert.Equal(["a.csv", "empty.csv", "b/c.csv"], read.Entries.Select(e => e.FullName));
        Assert.Equal(new DateTime(1980, 1, 1), read.Entries[0].LastWriteTime.DateTime);
        Assert.True(read.Entries[0].CompressedLength < Large.Length / 2);
        Assert.Equal([Large, [], "åäö\n"u8.ToArray()], read.Entries.Select(Content));
    }

    [Fact]
    public void Entries_taken_compressed_from_the_last_zip_make_the_same_zip_as_compressing_them_again()
    {
        using var temp = TestPaths.Temp();
        var files = new (int Part, string Name, byte[] Bytes)[]
        {
            (1, "b/c.csv", "åäö\n"u8.ToArray()),
            (0, "a.csv", Large),
            (0, "empty.csv", []),
            (1, "skolor/åre.csv", "x\n"u8.ToArray()),
        };
        var made = new DeterministicZip(parts: 2, level: DeterministicZip.PackageLevel);
        foreach (var (part, name, bytes) in files)
        {
            made.Add(part, name, new ReadOnlySequence<byte>(bytes));
        }

        var path = Path.Combine(temp.Path, "last.zip");
        File.WriteAllBytes(path, Bytes(made.Finish()));

        using var last = PreviousZip.Open(path);
        var again = new DeterministicZip(parts: 2, level: DeterministicZip.PackageLevel);
        foreach (var (part, name, bytes) in files)
        {
            using var entry = last.Compressed(name, bytes.Length) ?? throw new Xunit.Sdk.XunitException(name);
            again.AddCompressed(part, name, entry.Crc, bytes.Length, entry.Data);
        }

        Assert.Equal(File.ReadAllBytes(path), Bytes(again.Finish()));
        // Another size is another file; an unknown name or a damaged zip gives nothing to take.
        Assert.Null(last.Compressed("a.csv", Large.Length - 1));
        Assert.Null(last.Compressed("z.csv", 1));
        File.WriteAllBytes(path, File.ReadAllBytes(path)[..^5]);
        using var damaged = PreviousZip.Open(path);
        Assert.Null(damaged.Compressed("a.csv", Large.Length));
    }

    [Fact]
    public void An_entry_whose_local_header_is_not_the_one_this_writer_wrote_gives_nothing_to_take()
    {
        using var temp = TestPaths.Temp();
        var made = new DeterministicZip(parts: 1, level: DeterministicZip.PackageLevel);
        made.Add(0, "a.csv", new ReadOnlySequence<byte>("a;b\n1;2\n"u8.ToArray()));
        made.Add(0, "b.csv", new ReadOnlySequence<byte>("c\n3\n"u8.ToArray()));
        var bytes = Bytes(made.Finish());
        var path = Path.Combine(temp.Path, "last.zip");
        File.WriteAllBytes(path, bytes);
        using (var whole = PreviousZip.Open(path))
        {
            using var entry = whole.Compressed("a.csv", 8) ?? throw new Xunit.Sdk.XunitException("a.csv");
            Assert.Equal(DeflatedBytes("a;b\n1;2\n"u8.ToArray()), entry.Data.ToArray());
        }

        // The first entry's local header: an extra field's length (bytes 28-29), which this writer never writes; its
        // compressed bytes would start after it. Then the second's signature (at 30 + 5 + its compressed length).
        bytes[28] = 4;
        File.WriteAllBytes(path, bytes);
        using (var extra = PreviousZip.Open(path))
        {
            Assert.Null(extra.Compressed("a.csv", 8));
            Assert.NotNull(extra.Compressed("b.csv", 4));
        }

        bytes[28] = 0;
        bytes[0] = 0;
        File.WriteAllBytes(path, bytes);
        using var unsigned = PreviousZip.Open(path);
        Assert.Null(unsigned.Compressed("a.csv", 8));
    }

    /// <summary>Raw deflate at the package's level, as ZipArchive and DeterministicZip write an entry.</summary>
    private static byte[] DeflatedBytes(byte[] bytes)
    {
        using var memory = new MemoryStream();
        using (var deflate = new DeflateStream(
            memory, new ZLibCompressionOptions { CompressionLevel = DeterministicZip.PackageLevel }, leaveOpen: true))
        {
            deflate.Write(bytes);
        }

        return memory.ToArray();
    }

    private static byte[] Content(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
