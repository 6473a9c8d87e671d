using Site.Compute.Analysis;
using Site.Load;

namespace Site.Render;

/// <summary>
/// The chunks of the entries the last build into an output folder deflated in chunks (<see cref="ChunkedDeflate"/>),
/// and this build's, kept in the cache folder for the next build into the same folder: a chunk of the same bytes as
/// one of the last build's is copied from the last zip deflated, not deflated again. After one changed cell, the four
/// largest tables in both dialects and datapackage.json, 70 MB nationally, were deflated whole again (6 % of the
/// build's processor time) for a few changed rows. A last chunk is copied only from an entry of the last zip with the
/// CRC-32 and sizes it was kept with, and only when its deflated bytes hash as they did when they were written. One
/// instance belongs to one build; safe for one writer (the data stage) at a time.
/// </summary>
public sealed class ZipChunks
{
    private readonly KeptIndex kept;
    private readonly Dictionary<string, ZipEntryChunks> last = new(StringComparer.Ordinal);
    private readonly List<ZipEntryChunks> made = [];
    private int chunks;
    private int copied;

    private ZipChunks(string? folder, string output)
    {
        kept = new KeptIndex("zip", folder, output);
    }

    /// <summary>How many chunks this build deflated or copied, and how many it copied from the last zip.</summary>
    public (int Chunks, int Copied) Counts => (chunks, copied);

    /// <summary>The chunks the last build into <paramref name="output"/> kept in <paramref name="folder"/>; none when
    /// it kept none this program can read. A null folder keeps nothing.</summary>
    public static ZipChunks Read(string? folder, string output)
    {
        var zip = new ZipChunks(folder, output);
        zip.kept.ReadList(zip.last, ZipEntryChunks.Read, entry => entry.Name);
        return zip;
    }

    /// <summary>The last build's chunks of the entry named <paramref name="name"/>, when
    /// <paramref name="previous"/> has that entry as they were kept with; else null.</summary>
    public LastEntry? Last(string name, PreviousZip? previous) =>
        previous is not null
        && last.TryGetValue(name, out var entry)
        && previous.DataStart(entry.Name, entry.Crc, entry.Size, entry.Compressed) is { } start
            ? new LastEntry(previous, start, entry.Chunks)
            : null;

    /// <summary>An entry this build deflated in chunks, with how many of them it copied.</summary>
    public void Add(ZipEntryChunks entry, int copiedChunks)
    {
        lock (made)
        {
            made.Add(entry);
            chunks += entry.Chunks.Count;
            copied += copiedChunks;
        }
    }

    /// <summary>
    /// An entry this build took whole from the last zip (<see cref="DeterministicZip.AddCompressed"/>): its chunks, if
    /// the last build kept them for that entry, are kept again for the next build, which may change it.
    /// </summary>
    public void Carry(string name, uint crc, long size, long compressed)
    {
        if (last.TryGetValue(name, out var entry)
            && (entry.Crc, entry.Size, entry.Compressed) == (crc, size, compressed))
        {
            Add(entry, entry.Chunks.Count);
        }
    }

    /// <summary>Keeps this build's chunks for the next build into the output folder, whole or not at all.</summary>
    public void Keep()
    {
        lock (made)
        {
            kept.WriteList(made, (writer, entry) => entry.Write(writer));
        }
    }
}
