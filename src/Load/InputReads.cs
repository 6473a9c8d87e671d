using Site.Diagnostics;
using ReadFiles = System.Collections.Generic.List<(string Path, string Sha256)>;

namespace Site.Load;

/// <summary>
/// How <see cref="LoadInputs"/> runs its reads: each with a diagnostic bag and file list of its own (so that a read can
/// run beside the others, and be kept by a preview's <see cref="LoadCache"/> and replayed), merged in a fixed order.
/// </summary>
internal static class InputReads
{
    /// <summary>What reading one input file gave: its value, the files it read (with their hashes) and its
    /// diagnostics.</summary>
    internal sealed record FileRead<T>(
        T Value, IReadOnlyList<(string Path, string Sha256)> Files, IReadOnlyList<Diagnostic> Diagnostics);

    /// <summary>Reads with a bag and file list of its own, so that the read can be kept in the cache and
    /// replayed.</summary>
    public static FileRead<T> Read<T>(
        LoadCache? cache, string[] stamped, Func<DiagnosticBag, ReadFiles, T> read) =>
        cache is null ? Fresh(read) : cache.Get(stamped, () => Fresh(read));

    public static FileRead<T> Fresh<T>(Func<DiagnosticBag, ReadFiles, T> read)
    {
        var bag = new DiagnosticBag();
        var own = new ReadFiles();
        var value = read(bag, own);
        return new FileRead<T>(value, own, bag.Items);
    }

    /// <summary>One kind of input read on the thread pool, with a bag and file list of its own, merged later in
    /// order.</summary>
    public static Task<FileRead<T>> Side<T>(Func<DiagnosticBag, ReadFiles, T> read) =>
        Task.Run(() => Fresh(read));

    public static T Merge<T>(FileRead<T> read, DiagnosticBag diagnostics, ReadFiles files)
    {
        diagnostics.AddRange(read.Diagnostics);
        files.AddRange(read.Files);
        return read.Value;
    }

    /// <summary>
    /// Reads each file of a folder with its sidecar of dates (in parallel, or from the cache), then merges them in path
    /// order, as reading one after the other did. One after the other, Stockholm's eleven municipality reports were a
    /// tenth of a second on one core at the end of the load stage, while the other had nothing left to read.
    /// </summary>
    public static List<T> ReadEach<T>(
        IReadOnlyList<string> paths,
        LoadCache? cache,
        DiagnosticBag diagnostics,
        ReadFiles files,
        Func<string, DiagnosticBag, ReadFiles, T?> read)
        where T : class
    {
        var reads = new FileRead<T?>[paths.Count];
        Parallel.For(0, paths.Count, i =>
            reads[i] = Read(cache, [paths[i], SourceDates.PathFor(paths[i])], (bag, own) => read(paths[i], bag, own)));
        var result = new List<T>();
        foreach (var one in reads)
        {
            if (Merge(one, diagnostics, files) is { } value)
            {
                result.Add(value);
            }
        }

        return result;
    }

    public static T Cached<T>(
        LoadCache? cache,
        string[] stamped,
        DiagnosticBag diagnostics,
        ReadFiles files,
        Func<DiagnosticBag, ReadFiles, T> read) =>
        Merge(Read(cache, stamped, read), diagnostics, files);
}
