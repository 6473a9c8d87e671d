using System.Text;
using Site.Load;

namespace Site.Tests.Load;

/// <summary>A mapped file reads as the file's bytes, and what a build reads of the last one is the file.</summary>
public class MappedFileTests
{
    [Fact]
    public void A_mapped_file_is_its_bytes_and_none_is_there_when_the_file_is_not()
    {
        using var temp = TestPaths.Temp();
        var path = Path.Combine(temp.Path, "manifest.json");
        // More than a page, so that the span reaches past the first one.
        var bytes = Enumerable.Range(0, 10_000).Select(i => (byte)(i * 7)).ToArray();
        File.WriteAllBytes(path, bytes);

        using (var mapped = MappedFile.Open(path))
        {
            Assert.NotNull(mapped);
            Assert.Equal(bytes, mapped.Memory.ToArray());
            Assert.Equal(unchecked((byte)(9_999 * 7)), mapped.Memory.Span[^1]);
        }

        Assert.Null(MappedFile.Open(Path.Combine(temp.Path, "missing.json")));
    }

    [Fact]
    public void An_empty_file_is_no_bytes_and_a_disposed_one_is_not_read()
    {
        using var temp = TestPaths.Temp();
        var empty = Path.Combine(temp.Path, "empty.json");
        File.WriteAllBytes(empty, []);
        var full = Path.Combine(temp.Path, "full.json");
        File.WriteAllText(full, "{}");

        using (var mapped = MappedFile.Open(empty))
        {
            Assert.Equal(0, mapped!.Memory.Length);
        }

        var disposed = MappedFile.Open(full)!;
        var memory = disposed.Memory;
        Assert.Equal("{}", Encoding.UTF8.GetString(memory.Span));
        ((IDisposable)disposed).Dispose();
        Assert.Throws<ObjectDisposedException>(() => memory.Span.Length);
    }

    [Fact]
    public void The_last_build_is_read_from_its_files_and_from_data_published_first()
    {
        using var temp = TestPaths.Temp();
        var data = Path.Combine(temp.Path, "data");
        var output = Path.Combine(temp.Path, "output");
        Directory.CreateDirectory(Path.Combine(data, PreviousBuildReader.PublishedFolder));
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "manifest.json"), "{\"years\": []}\n");
        File.WriteAllText(Path.Combine(output, "changes.json"), "{}\n");

        using (var local = PreviousBuildReader.Read(data, output))
        {
            Assert.Equal("{\"years\": []}\n", Encoding.UTF8.GetString(local.Manifest!.Value.Span));
            Assert.Equal("{}\n", Encoding.UTF8.GetString(local.Changes!));
        }

        var published = Path.Combine(data, PreviousBuildReader.PublishedFolder, "manifest.json");
        File.WriteAllText(published, "{\"years\": [\"2024/25\"]}\n");
        using var committed = PreviousBuildReader.Read(data, output);
        Assert.Equal(published, committed.ManifestPath);
        Assert.Equal("{\"years\": [\"2024/25\"]}\n", Encoding.UTF8.GetString(committed.Manifest!.Value.Span));
        Assert.Null(committed.Changes);
    }
}
