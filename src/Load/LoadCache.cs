namespace Site.Load;

/// <summary>
/// What a long-lived process (preview) has already read: each results file parsed, with its diagnostics, keyed by the
/// path and the size and modification time of the file and its sidecar. A saved file changes its stamp, so only the files
/// that changed are read again; everything else about loading (settings, registry, pages) is read every time.
/// </summary>
public sealed class LoadCache
{
    private readonly Dictionary<string, (string Stamp, object Read)> reads = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    /// <summary>The cached result of <paramref name="read"/> for these files, or a fresh one when any of them changed.</summary>
    public T Get<T>(IReadOnlyList<string> paths, Func<T> read)
        where T : class
    {
        var stamp = string.Join('|', paths.Select(Stamp));
        lock (gate)
        {
            if (reads.TryGetValue(paths[0], out var cached) && cached.Stamp == stamp && cached.Read is T hit)
            {
                return hit;
            }
        }

        var fresh = read();
        lock (gate)
        {
            reads[paths[0]] = (stamp, fresh);
        }

        return fresh;
    }

    private static string Stamp(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? $"{info.Length}:{info.LastWriteTimeUtc.Ticks}" : "-";
    }
}
