namespace Site.Tests;

/// <summary>Edits of copied input files, the way a member of staff saves a corrected cell.</summary>
public static class TestEdits
{
    /// <summary>Changes one cell, keeping the file's bytes otherwise (its byte order mark where it has one).</summary>
    public static void Replace(string path, string from, string to)
    {
        var bytes = File.ReadAllBytes(path);
        var bom = bytes.AsSpan().StartsWith("\uFEFF"u8);
        var text = System.Text.Encoding.UTF8.GetString(bytes.AsSpan(bom ? 3 : 0));
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal), new System.Text.UTF8Encoding(bom));
    }

    /// <summary>
    /// <see cref="Replace"/>, saved a second later: a long-lived process (preview) finds a changed file by its size and
    /// time, and an edit that keeps the size within the same second would look unchanged.
    /// </summary>
    public static void Save(string path, string from, string to)
    {
        var before = File.GetLastWriteTimeUtc(path);
        Replace(path, from, to);
        File.SetLastWriteTimeUtc(path, before.AddSeconds(1));
    }
}
