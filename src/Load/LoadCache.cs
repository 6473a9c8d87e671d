namespace Site.Load;

/// <summary>
/// What a long-lived process (preview) has already read: each results file parsed, with its diagnostics, keyed by the
/// path and the size and modification time of the file and its sidecar. A saved file changes its stamp, so only the
/// files that changed are read again; everything else about loading (settings, registry, pages) is read every time. It
/// also keeps what pure steps made of the rows read (<see cref="Derived"/>, <see cref="Reused"/>), since rows of
/// unchanged files are the same objects from run to run.
/// </summary>
public sealed class LoadCache
{
    private readonly Dictionary<string, (string Stamp, object Read)> reads = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private readonly Dictionary<string, (object? Input, object Made)> kept = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> makes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, object> owned = new(StringComparer.Ordinal);

    // What pure steps made of the objects read above (the small-group rule of a results file): an unchanged file is the
    // same object on the next run, so its result is found here; a file read again is a new object, and made again.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, object> derived = new();

    /// <summary>What <paramref name="make"/> made of this input object before in this process, or makes now.</summary>
    public T Derived<TInput, T>(TInput input, Func<TInput, T> make)
        where TInput : class
        where T : class =>
        (T)derived.GetValue(input, i => make((TInput)i));

    /// <summary>The cached result of <paramref name="read"/> for these files, or a fresh one when any of them
    /// changed.</summary>
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

    /// <summary>
    /// What <paramref name="make"/> made under this name last time when its input is <paramref name="same"/> as this
    /// one, else a fresh one, kept for the next time. For pure steps over rows of unchanged files, which keep their
    /// identity from run to run (a year's results merge again only when a row of that year is new).
    /// </summary>
    public T Reused<TInput, T>(string name, TInput input, Func<TInput, TInput, bool> same, Func<TInput, T> make)
        where T : class
    {
        lock (gate)
        {
            if (kept.TryGetValue(name, out var last)
                && last.Input is TInput before
                && same(before, input)
                && last.Made is T hit)
            {
                return hit;
            }
        }

        var fresh = make(input);
        lock (gate)
        {
            kept[name] = (input, fresh);
            makes[name] = makes.GetValueOrDefault(name) + 1;
        }

        return fresh;
    }

    /// <summary>
    /// The session's object of this name, made on first use: for a step that keeps what it made last time itself (the
    /// results grouped by school, <see cref="Model.SchoolGroups"/>).
    /// </summary>
    public T Own<T>(string name)
        where T : class, new()
    {
        lock (gate)
        {
            if (!owned.TryGetValue(name, out var own))
            {
                owned[name] = own = new T();
            }

            return (T)own;
        }
    }

    /// <summary>
    /// How many times <see cref="Reused"/> has made the step of this name in this process (not found it kept).
    /// </summary>
    public int Made(string name)
    {
        lock (gate)
        {
            return makes.GetValueOrDefault(name);
        }
    }

    private static string Stamp(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? $"{info.Length}:{info.LastWriteTimeUtc.Ticks}" : "-";
    }
}
