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

        // Every table in both dialects and the zip went through a stream, but the aggregates (whose district slices
        // are scattered rows); the school results are larger than one block of 64 KB in both, so their slices and zip
        // entries are read back across blocks.
        Assert.Equal((tables.Count - 1) * 2 + 1, throughStreams.Count);
        Assert.DoesNotContain("data/aggregates.csv", throughStreams);
        Assert.True(staged["data/school_results.csv"].Length > 64 * 1024);
        Assert.Empty(Directory.GetFiles(temp.Path, "spool-*"));
        Assert.Equal(inMemory.Keys.Order(StringComparer.Ordinal), staged.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in inMemory)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(staged[path]), path);
        }
    }
}
