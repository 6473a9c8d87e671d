using System.Buffers;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using Site.Render;

namespace Site.Tests.Render;

/// <summary>
/// A large zip entry is deflated in chunks, each on its own: any unzip reads it whole, and the next build copies the
/// chunks whose bytes have not changed from the last zip, making the zip a build that deflates everything makes.
/// </summary>
public class ChunkedDeflateTests
{
    /// <summary>A table of 120,000 rows, ~3 MB: a dozen chunks.</summary>
    private static byte[] Table(Func<int, string>? row = null) => Encoding.UTF8.GetBytes(string.Concat(
        Enumerable.Range(0, 120_000).Select(row ?? Row)));

    private static string Row(int i) =>
        string.Create(CultureInfo.InvariantCulture, $"{10000000 + i},Skola {i % 977},{200 + (i % 50) / 2.0}\n");

    /// <summary>The zip of one entry, with the last build's chunks and zip where given.</summary>
    private static byte[] Zip(byte[] bytes, ZipChunks? chunks = null, PreviousZip? previous = null)
    {
        var zip = new DeterministicZip(parts: 1, DeterministicZip.PackageLevel, chunks: chunks, previous: previous);
        zip.Add(0, "data/school_results.csv", new ReadOnlySequence<byte>(bytes));
        return zip.Finish().ToArray();
    }

    private static byte[] Unzipped(byte[] zip)
    {
        using var read = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        using var stream = read.Entries.Single().Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>A zip with its chunks kept as a build keeps them, and the next build's view of them.</summary>
    private static (ZipChunks Next, PreviousZip Last, List<ZipChunk> Made) Kept(string folder, byte[] bytes)
    {
        var (cache, output) = (Path.Combine(folder, "cache"), Path.Combine(folder, "output"));
        var chunks = ZipChunks.Read(cache, output);
        var zip = Zip(bytes, chunks);
        chunks.Keep();
        Directory.CreateDirectory(output);
        var path = Path.Combine(output, "last.zip");
        File.WriteAllBytes(path, zip);
        var made = new List<ZipChunk>();
        ChunkedDeflate.Compress(
            [bytes], new MemoryStream(), new ZLibCompressionOptions { CompressionLevel = 5 }, new(), null, made);
        return (ZipChunks.Read(cache, output), PreviousZip.Open(path), made);
    }

    [Fact]
    public void A_large_entry_in_chunks_unzips_whole_and_its_chunks_end_where_their_bytes_say()
    {
        var table = Table();
        var made = new List<ZipChunk>();

        var zip = Zip(table);
        ChunkedDeflate.Compress(
            [table], new MemoryStream(), new ZLibCompressionOptions { CompressionLevel = 5 }, new(), null, made);

        Assert.Equal(table, Unzipped(zip));
        Assert.Equal(table.Length, made.Sum(c => c.Length));
        // Every chunk but the last has over 256 KB and ends after a line feed (one in 64 rows of ~25 bytes qualifies).
        Assert.All(
            made.SkipLast(1), c => Assert.InRange(c.Length, ChunkedDeflate.Least + 1, ChunkedDeflate.Least + 64_000));
        var ends = made.Select(c => c.Length)
            .Aggregate(new List<int>(), (all, length) => [.. all, all.LastOrDefault() + length]);
        Assert.All(ends, end => Assert.Equal((byte)'\n', table[end - 1]));
        Assert.InRange(zip.Length, table.Length / 8, table.Length / 3);
    }

    [Fact]
    public void The_split_of_the_bytes_given_does_not_move_the_chunks()
    {
        var table = Table();
        var whole = new List<ZipChunk>();
        var split = new List<ZipChunk>();
        var options = new ZLibCompressionOptions { CompressionLevel = 5 };
        var blocks = table.Chunk(64 * 1024 + 17).Select(b => (ReadOnlyMemory<byte>)b).ToList();

        using var one = new MemoryStream();
        using var many = new MemoryStream();
        ChunkedDeflate.Compress([table], one, options, new(), null, whole);
        ChunkedDeflate.Compress(blocks, many, options, new(), null, split);

        Assert.Equal(whole, split);
        Assert.Equal(one.ToArray(), many.ToArray());
    }

    [Fact]
    public void A_changed_row_is_deflated_again_and_the_other_chunks_are_copied_from_the_last_zip()
    {
        using var temp = TestPaths.Temp();
        var (chunks, last, made) = Kept(temp.Path, Table());
        using var _ = last;
        var changed = Table(i => i == 60_000 ? Row(i).Replace("200", "201", StringComparison.Ordinal) : Row(i));

        var zip = Zip(changed, chunks, last);

        Assert.Equal(Zip(changed), zip);
        Assert.Equal(changed, Unzipped(zip));
        Assert.Equal((made.Count, made.Count - 1), chunks.Counts);
    }

    [Fact]
    public void An_entry_taken_whole_from_the_last_zip_keeps_its_chunks_for_the_build_after()
    {
        using var temp = TestPaths.Temp();
        var table = Table();
        var (chunks, last, made) = Kept(temp.Path, table);
        // The next build has the same table: the entry is taken whole, compressed, as the data stage takes an
        // unchanged file's. Its chunks are kept again for the build after it.
        var again = new DeterministicZip(parts: 1, DeterministicZip.PackageLevel, chunks: chunks, previous: last);
        using (var entry = last.Compressed("data/school_results.csv", table.Length)!.Value)
        {
            again.AddCompressed(0, "data/school_results.csv", entry.Crc, table.Length, entry.Data);
        }

        var zip = again.Finish().ToArray();
        chunks.Keep();
        last.Dispose();
        var path = Path.Combine(temp.Path, "output", "last.zip");
        File.WriteAllBytes(path, zip);
        using var second = PreviousZip.Open(path);
        var after = ZipChunks.Read(Path.Combine(temp.Path, "cache"), Path.Combine(temp.Path, "output"));
        var changed = Table(i => i == 100 ? Row(i).Replace("Skola", "Skolan", StringComparison.Ordinal) : Row(i));

        Assert.Equal(Zip(changed), Zip(changed, after, second));
        Assert.Equal((made.Count, made.Count - 1), after.Counts);
    }

    [Fact]
    public void A_row_added_moves_no_chunk_but_its_own_and_the_next()
    {
        using var temp = TestPaths.Temp();
        var (chunks, last, made) = Kept(temp.Path, Table());
        using var _ = last;
        var added = Table(i => i == 30_000 ? "10099999,Ny skola,210\n" + Row(i) : Row(i));

        var zip = Zip(added, chunks, last);

        Assert.Equal(Zip(added), zip);
        Assert.InRange(chunks.Counts.Copied, made.Count - 2, made.Count - 1);
    }

    [Fact]
    public void A_chunk_whose_bytes_in_the_last_zip_are_not_those_deflated_is_deflated_again()
    {
        using var temp = TestPaths.Temp();
        var table = Table();
        var (chunks, last, made) = Kept(temp.Path, table);
        last.Dispose();
        // A byte of the first chunk's deflated bytes changed in the zip: its directory still says the same entry.
        var path = Path.Combine(temp.Path, "output", "last.zip");
        var bytes = File.ReadAllBytes(path);
        bytes[DeterministicZip.LocalSize + "data/school_results.csv".Length + 100] ^= 0xFF;
        File.WriteAllBytes(path, bytes);
        using var damaged = PreviousZip.Open(path);

        var zip = Zip(table, chunks, damaged);

        Assert.Equal(Zip(table), zip);
        Assert.Equal((made.Count, made.Count - 1), chunks.Counts);
    }
}
