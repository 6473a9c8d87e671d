using Site.Compute;
using Site.Compute.Analysis;
using Site.Load;
using Site.Model;
using Site.Render;

namespace Site.Build;

/// <summary>
/// The analysis a build keeps for the next build into the same output folder, owned by the build: what each part of
/// the analysis made and a hash of what it read (<see cref="AnalysisCache"/>), so that a new process recomputes only
/// what a change reaches, as a preview session does. Kept in the cache folder, not the site: the hashes are of the
/// inputs' values, which a published site must not let anyone test guesses against. It belongs to one build of the
/// output folder: its header holds the hash of the stamps (<see cref="OutputStamps"/>) that build wrote, so a build
/// into an emptied or another folder, or after a build with <c>--no-cache</c>, computes everything; and to this
/// program's build, since another may analyse differently.
/// </summary>
/// <param name="folder">The cache folder (<see cref="BuildPaths.Cache"/>).</param>
/// <param name="output">The build's output folder.</param>
public sealed class KeptAnalysis(string folder, string output) : IDisposable
{
    // Its name, tag and program as the other kept files' (KeptIndex), at most KeptIndex.MostKept of them (2-15 MB
    // each, nationally the most); the header then holds the hash of the stamps of the build that wrote it, written
    // last (Seal).
    private readonly KeptIndex index = new("analysis", folder, output);

    private string? written;

    /// <summary>
    /// The analysis the last build into the output folder kept, for this dataset, when that build's site is still
    /// there as it wrote it; else an empty cache, which keeps what this build's analysis makes.
    /// </summary>
    public AnalysisCache Find(Dataset dataset)
    {
        var stamps = Path.Combine(output, OutputStamps.FileName);
        try
        {
            if (!File.Exists(index.File) || !File.Exists(stamps))
            {
                return new AnalysisCache();
            }

            using var stream = new BufferedStream(File.OpenRead(index.File), 1 << 16);
            var kind = index.Header;
            var header = new byte[kind.Length + 16];
            stream.ReadExactly(header);
            if (!header.AsSpan(0, kind.Length).SequenceEqual(kind)
                || !header.AsSpan(kind.Length).SequenceEqual(Bytes(OutputStamps.ContentHash(stamps))))
            {
                return new AnalysisCache();
            }

            return AnalysisCache.Read(stream, dataset) ?? new AnalysisCache();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            // Damaged or half-read: computed anew, and kept anew by this build.
            return new AnalysisCache();
        }
    }

    /// <summary>
    /// Writes this build's analysis beside where it will be kept; <see cref="Seal"/> keeps it once the build's site
    /// is in place. Not kept when the folder cannot be written: the next build computes everything.
    /// </summary>
    public void Write(AnalysisCache cache, Dataset dataset, MeanEntries entries)
    {
        var temporary = KeptFiles.Temporary(index.File!);
        try
        {
            Directory.CreateDirectory(folder);
            using var stream = new BufferedStream(File.Create(temporary), 1 << 16);
            stream.Write(index.Header);
            stream.Write(new byte[16]);
            cache.Write(stream, dataset, entries);
            written = temporary;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            KeptFiles.Discard(temporary);
        }
    }

    /// <summary>Keeps the analysis <see cref="Write"/> wrote, for the site just put in place with its stamps (the
    /// hash of the stamps' bytes, <see cref="OutputStamps.ContentHash(System.Buffers.ReadOnlySequence{byte})"/>, which
    /// the build has in hand).</summary>
    public void Seal(Hash128 stamps)
    {
        if (written is not { } temporary)
        {
            return;
        }

        written = null;
        try
        {
            using (var handle = File.OpenHandle(temporary, FileMode.Open, FileAccess.Write))
            {
                RandomAccess.Write(handle, Bytes(stamps), index.Header.Length);
            }

            KeptFiles.Keep(folder, temporary, index.File!, index.Pattern, KeptIndex.MostKept);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            KeptFiles.Discard(temporary);
        }
    }

    /// <summary>Removes what <see cref="Write"/> wrote unless <see cref="Seal"/> kept it: the build stopped before its
    /// site was in place (an error in the data, a folder it could not write).</summary>
    public void Dispose()
    {
        if (written is { } temporary)
        {
            written = null;
            KeptFiles.Discard(temporary);
        }
    }

    private static byte[] Bytes(Hash128 hash)
    {
        var bytes = new byte[16];
        hash.WriteTo(bytes);
        return bytes;
    }
}
