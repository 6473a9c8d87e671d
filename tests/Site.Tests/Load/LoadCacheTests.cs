using Site.Load;

namespace Site.Tests.Load;

/// <summary>preview keeps parsed files between rebuilds: a file is read again exactly when it, or its sidecar,
/// changed.</summary>
public class LoadCacheTests
{
    [Fact]
    public void A_file_is_read_again_only_when_it_or_its_sidecar_changes()
    {
        using var temp = TestPaths.Temp();
        var file = Path.Combine(temp.Path, "export.csv");
        var sidecar = Path.Combine(temp.Path, "export.meta.json");
        File.WriteAllText(file, "a");
        var cache = new LoadCache();
        var reads = 0;
        string Read() => $"read {++reads}";

        var first = cache.Get([file, sidecar], Read);
        var again = cache.Get([file, sidecar], Read);
        File.WriteAllText(file, "b");
        File.SetLastWriteTimeUtc(file, File.GetLastWriteTimeUtc(file).AddSeconds(1));
        var afterEdit = cache.Get([file, sidecar], Read);
        File.WriteAllText(sidecar, "{}");
        var afterSidecar = cache.Get([file, sidecar], Read);
        File.Delete(sidecar);
        var afterDelete = cache.Get([file, sidecar], Read);

        Assert.Equal(
            ["read 1", "read 1", "read 2", "read 3", "read 4"],
            new[] { first, again, afterEdit, afterSidecar, afterDelete });
    }
}
