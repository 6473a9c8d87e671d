using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Text;

namespace Site.Render;

/// <summary>
/// A zip whose bytes depend only on its entries: each entry is compressed as it is added and only its compressed bytes
/// are kept, so the data stage writes a table, cuts its slices and drops it long before the zip is assembled (it held
/// every national table, ~75 MB, through the whole render). The entries are assembled by part, then in the order they
/// were added to it, whatever order the parts were filled in. The headers are the ones
/// <see cref="ZipArchive"/> writes on Linux (made on Unix, mode 0644, 1980-01-01, deflated), so at zlib's level 6,
/// which is <see cref="CompressionLevel.Optimal"/>, the zip is byte for byte the one it writes (tested against it).
/// </summary>
/// <param name="level">zlib's compression level, 1-9.</param>
public sealed class DeterministicZip(int parts, int level)
{
    /// <summary>
    /// The data package's level. Level 5 compresses the national data files in two thirds of level 6's time, into 2 %
    /// more bytes (11,204 files, 191 MB: 0.96 against 1.46 s of one core, 22.8 against 22.3 MB); the deflate was a
    /// third of the data stage, and the data stage and the pages share two cores to the end of the build.
    /// </summary>
    public const int PackageLevel = 5;

    // The records' signatures and fixed sizes: PreviousZip reads what this writes.
    internal const uint LocalSignature = 0x04034B50, CentralSignature = 0x02014B50, EndSignature = 0x06054B50;
    internal const int LocalSize = 30, CentralSize = 46, EndSize = 22;

    private const ushort Version = 20;
    private const ushort MadeOnUnix = (3 << 8) | Version;
    private const ushort DosDate1980 = (0 << 9) | (1 << 5) | 1;
    private const uint UnixFile0644 = 0x81A4u << 16;
    private const ushort Utf8Names = 1 << 11;

    // Below the large-object threshold: an entry this small is one array, a larger one is kept in chunks.
    internal const int LargeEntry = 64 * 1024;

    private readonly List<Entry>[] entries = Enumerable.Range(0, parts).Select(_ => new List<Entry>()).ToArray();

    private readonly ZLibCompressionOptions options = new() { CompressionLevel = level };

    // One entry is compressed at a time, into this buffer, and copied out at its size.
    private readonly MemoryStream scratch = new();

    /// <summary>
    /// Compresses one file into the zip, as the last entry (so far) of its part. Not for several threads: compressing
    /// on other cores beside the renderers (tried, with a bounded queue) left a national build's time as it was on two
    /// cores and raised its peak memory by ~50 MB.
    /// </summary>
    public void Add(int part, string name, ReadOnlySequence<byte> content) =>
        entries[part].Add(Compress(name, content));

    private Entry Compress(string name, ReadOnlySequence<byte> content)
    {
        var crc = new Crc32();
        scratch.SetLength(0);
        if (content.Length > 0)
        {
            using var deflate = new DeflateStream(scratch, options, leaveOpen: true);
            foreach (var segment in content)
            {
                crc.Append(segment.Span);
                deflate.Write(segment.Span);
            }
        }

        var compressed = Kept(scratch.GetBuffer().AsSpan(0, (int)scratch.Length));
        return new Entry(name, crc.GetCurrentHashAsUInt32(), content.Length, compressed);
    }

    /// <summary>
    /// Adds an entry compressed before, at this zip's level (the last build's, for a file that has not changed): its
    /// CRC-32, its size and its compressed bytes.
    /// </summary>
    public void AddCompressed(int part, string name, uint crc, long size, ReadOnlySequence<byte> data) =>
        entries[part].Add(new Entry(name, crc, size, data));

    /// <summary>
    /// Compressed bytes, kept at their exact size: most entries are slices of a few kilobytes, and ten thousand chunks
    /// of 64 KB were a national build's largest object (0.7 GB). A large entry is kept in chunks below the large-object
    /// threshold.
    /// </summary>
    internal static ReadOnlySequence<byte> Kept(ReadOnlySpan<byte> data)
    {
        if (data.Length < LargeEntry)
        {
            return new ReadOnlySequence<byte>(data.ToArray());
        }

        var chunks = new ByteChunks();
        chunks.Write(data);
        return chunks.Freeze().Sequence;
    }

    /// <summary>
    /// The zip: every entry by part and order, then the central directory. The entries' compressed bytes are not
    /// copied: the zip is a chain of them with their headers between.
    /// </summary>
    public ReadOnlySequence<byte> Finish()
    {
        var all = entries.SelectMany(p => p).ToList();
        if (all.Count >= ushort.MaxValue || all.Any(e => e.Size >= uint.MaxValue))
        {
            throw new InvalidOperationException(
                "The data package would need a zip64 archive (65,535 files or 4 GB), which this writer does not make.");
        }

        var output = new SequenceBuilder();
        var offsets = new List<long>(all.Count);
        foreach (var entry in all)
        {
            offsets.Add(output.Length);
            var local = new byte[LocalSize + entry.NameBytes.Length];
            LocalHeader(local, entry);
            entry.NameBytes.CopyTo(local, LocalSize);
            output.Append(local);
            output.Append(entry.Data);
        }

        var directory = output.Length;
        using var central = new ByteChunks();
        Span<byte> header = stackalloc byte[CentralSize];
        for (var i = 0; i < all.Count; i++)
        {
            CentralHeader(header, all[i], offsets[i]);
            central.Write(header);
            central.Write(all[i].NameBytes);
        }

        var end = header[..EndSize];
        end.Clear();
        BinaryPrimitives.WriteUInt32LittleEndian(end, EndSignature);
        BinaryPrimitives.WriteUInt16LittleEndian(end[8..], (ushort)all.Count);
        BinaryPrimitives.WriteUInt16LittleEndian(end[10..], (ushort)all.Count);
        BinaryPrimitives.WriteUInt32LittleEndian(end[12..], (uint)central.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(end[16..], (uint)directory);
        central.Write(end);
        output.Append(central.Freeze().Sequence);
        if (output.Length >= uint.MaxValue)
        {
            throw new InvalidOperationException(
                "The data package would need a zip64 archive (4 GB), which this writer does not make.");
        }

        return output.Build();
    }

    private static void LocalHeader(Span<byte> header, Entry entry)
    {
        header[..LocalSize].Clear();
        BinaryPrimitives.WriteUInt32LittleEndian(header, LocalSignature);
        BinaryPrimitives.WriteUInt16LittleEndian(header[4..], Version);
        Common(header[6..], entry);
        BinaryPrimitives.WriteUInt16LittleEndian(header[26..], (ushort)entry.NameBytes.Length);
    }

    private static void CentralHeader(Span<byte> header, Entry entry, long offset)
    {
        header.Clear();
        BinaryPrimitives.WriteUInt32LittleEndian(header, CentralSignature);
        BinaryPrimitives.WriteUInt16LittleEndian(header[4..], MadeOnUnix);
        BinaryPrimitives.WriteUInt16LittleEndian(header[6..], Version);
        Common(header[8..], entry);
        BinaryPrimitives.WriteUInt16LittleEndian(header[28..], (ushort)entry.NameBytes.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(header[38..], UnixFile0644);
        BinaryPrimitives.WriteUInt32LittleEndian(header[42..], (uint)offset);
    }

    /// <summary>The fields both headers share, from the flags to the sizes (22 bytes).</summary>
    private static void Common(Span<byte> at, Entry entry)
    {
        // An empty file is stored: ZipArchive writes no deflate stream for it.
        BinaryPrimitives.WriteUInt16LittleEndian(at, entry.Utf8 ? Utf8Names : (ushort)0);
        BinaryPrimitives.WriteUInt16LittleEndian(at[2..], entry.Size == 0 ? (ushort)0 : (ushort)8);
        BinaryPrimitives.WriteUInt16LittleEndian(at[6..], DosDate1980);
        BinaryPrimitives.WriteUInt32LittleEndian(at[8..], entry.Crc);
        BinaryPrimitives.WriteUInt32LittleEndian(at[12..], (uint)entry.Data.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(at[16..], (uint)entry.Size);
    }

    private sealed record Entry(string Name, uint Crc, long Size, ReadOnlySequence<byte> Data)
    {
        public bool Utf8 { get; } = !Ascii.IsValid(Name);

        public byte[] NameBytes { get; } = Encoding.UTF8.GetBytes(Name);
    }
}
