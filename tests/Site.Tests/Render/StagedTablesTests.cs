using System.Buffers;
using Site.Compute.Analysis;
using Site.Compute.Data;
using Site.Render;

namespace Site.Tests.Render;

/// <summary>
/// A build writes its tables straight into the staging folder and reads them back for their slices, hash and zip
/// entry; preview keeps them in memory. Both make the same files, byte for byte.
/// </summary>
public class StagedTablesTests
{
    [Fact]
    public void Tables_written_into_files_make_the_same_data_files_and_zip_as_tables_kept_in_memory()
    {
        var dataset = TestDatasets.Build(TestPaths.RealData);
        var tables = DataTables.Build(dataset, AnalysisResult.Compute(dataset));
        var info = DataPackageInfo.From(dataset);

        var inMemory = new Dictionary<string, byte[]>();
        DataFileWriter.Build(tables, info, file => inMemory.Add(file.RelativePath, file.Content.ToArray()));

        using var temp = TestPaths.Temp();
        var handed = new Dictionary<string, byte[]>();
        var throughStreams = new List<string>();
        var spools = 0;
        var package = new PackageTarget(
            Spool: () => new FileStream(
                Path.Combine(temp.Path, $"spool-{++spools}"),
                FileMode.CreateNew,
                FileAccess.ReadWrite,
                FileShare.None,
                4096,
                FileOptions.DeleteOnClose),
            Write: (path, write) =>
            {
                throughStreams.Add(path);
                var full = Path.Combine(temp.Path, path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                using var stream = File.Create(full);
                write(stream);
            },
            Open: path => File.OpenHandle(Path.Combine(temp.Path, path)));
        DataFileWriter.Build(
            tables, info, file => handed.Add(file.RelativePath, file.Content.ToArray()), package: package);

        var staged = new Dictionary<string, byte[]>(handed);
        foreach (var path in throughStreams)
        {
            staged.Add(path, File.ReadAllBytes(Path.Combine(temp.Path, path)));
        }

        // Every table in both dialects and the zip went through a stream, the aggregates too (their district slices
        // are scattered rows, read from the files mapped into memory); the school results are larger than one block
        // of 64 KB in both, so their slices and zip entries are read back across blocks.
        Assert.Equal((tables.Count * 2) + 1, throughStreams.Count);
        Assert.Contains("data/aggregates.csv", throughStreams);
        Assert.Contains("data/excel/aggregates.csv", throughStreams);
        Assert.True(staged["data/school_results.csv"].Length > 64 * 1024);
        Assert.Empty(Directory.GetFiles(temp.Path, "spool-*"));
        Assert.Equal(inMemory.Keys.Order(StringComparer.Ordinal), staged.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in inMemory)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(staged[path]), path);
        }
    }

    [Fact]
    public void A_mapped_file_reads_the_same_bytes_as_a_file_read_at_each_offset()
    {
        using var temp = TestPaths.Temp();
        var path = Path.Combine(temp.Path, "table.csv");
        // Three blocks and a bit: 64 KB blocks, each byte its position's low byte.
        var bytes = Enumerable.Range(0, (3 * 65536) + 100).Select(i => (byte)(i * 7)).ToArray();
        File.WriteAllBytes(path, bytes);

        var read = new StagedTableFile(File.OpenHandle(path), bytes.Length, fingerprint: new(0, 1));
        var mapped = new StagedTableFile(File.OpenHandle(path), bytes.Length, fingerprint: new(0, 1), mapped: true);
        foreach (var (start, count) in new[] { (0, 1), (65530, 20), (131072, 65536), (bytes.Length - 7, 7), (5, 0) })
        {
            var fromRead = new byte[count];
            var fromMap = new byte[count];
            read.CopyTo(start, fromRead);
            mapped.CopyTo(start, fromMap);
            Assert.Equal(bytes.AsSpan(start, count).ToArray(), fromMap);
            Assert.Equal(fromRead, fromMap);
        }

        Assert.Equal(bytes, mapped.Blocks().SelectMany(b => b.ToArray()).ToArray());
        Assert.Throws<EndOfStreamException>(() => mapped.CopyTo(bytes.Length - 1, new byte[2]));
        read.Release();
        mapped.Release();

        // Released, the mapping is gone with the file handle: the file can be removed and nothing reads it.
        File.Delete(path);
        Assert.ThrowsAny<ObjectDisposedException>(() => mapped.CopyTo(0, new byte[1]));
    }
}
