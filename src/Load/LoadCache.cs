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

    // What pure steps made of the objects read above (the small-group rule of a results file): an unchanged file is the
    // same object on the next run, so its result is found here; a file read again is a new object, and made again.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, object> derived = new();

    /// <summary>What <paramref name="make"/> made of this input object before in this process, or makes now.</summary>
    public T Derived<TInput, T>(TInput input, Func<TInput, T> make)
        where TInput : class
        where T : class =>
        (T)derived.GetValue(input, i => make((TInput)i));

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
