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
/// which is <see cref="CompressionLevel.Optimal"/>, a zip of entries up to <see cref="ChunkedDeflate.Least"/> bytes is
/// byte for byte the one it writes (tested against it). A longer entry is deflated in chunks, each on its own, so that
/// the next build copies the unchanged ones deflated (<see cref="ChunkedDeflate"/>): any unzip reads it, ZipArchive
/// too, but ZipArchive would deflate it as one stream.
/// </summary>
/// <param name="level">zlib's compression level, 1-9.</param>
/// <param name="spool">
/// Makes the stream a part's entries are kept in until the zip is written (<see cref="WriteTo"/>): a build gives a
/// temporary file, so that the national package's 25 MB of compressed entries are not held in memory to the end of the
/// render, where the build's memory peaks. Null keeps them in memory (<see cref="Finish"/>).
/// </param>
/// <param name="chunks">The last build's chunks, copied where this build's entries have the same, and this build's,
/// noted; null deflates every chunk.</param>
/// <param name="previous">The last build's zip, which the last build's chunks are copied from.</param>
public sealed class DeterministicZip(
    int parts, int level, Func<Stream>? spool = null, ZipChunks? chunks = null, PreviousZip? previous = null)
    : IDisposable
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

    private readonly List<Entry>[] entries = Enumerable.Range(0, parts).Select(_ => new List<Entry>()).ToArray();

    // Each part's entries as the zip has them, local header, name and compressed bytes, in the order they were added.
    private readonly Stream?[] spools = new Stream?[parts];

    private readonly ZLibCompressionOptions options = new() { CompressionLevel = level };

    // One entry is compressed at a time, into this buffer, and copied out at its size.
    private readonly MemoryStream scratch = new();

    /// <summary>
    /// Compresses one file into the zip, as the last entry (so far) of its part. Not for several threads: compressing
    /// on other cores beside the renderers (tried, with a bounded queue) left a national build's time as it was on two
    /// cores and raised its peak memory by ~50 MB.
    /// </summary>
    public void Add(int part, string name, ReadOnlySequence<byte> content) =>
        Add(part, name, content.Length, content.Segments());

    /// <summary>Compresses one file read in blocks (<see cref="ITableBytes.Blocks"/>), as <see cref="Add(int,
    /// string, ReadOnlySequence{byte})"/> does.</summary>
    public void Add(int part, string name, long length, IEnumerable<ReadOnlyMemory<byte>> blocks)
    {
        var crc = new Crc32();
        scratch.SetLength(0);
        List<ZipChunk>? made = null;
        var copied = 0;
        if (length > ChunkedDeflate.Least)
        {
            made = [];
            copied = ChunkedDeflate.Compress(blocks, scratch, options, crc, chunks?.Last(name, previous), made);
        }
        else if (length > 0)
        {
            using var deflate = new DeflateStream(scratch, options, leaveOpen: true);
            foreach (var block in blocks)
            {
                crc.Append(block.Span);
                deflate.Write(block.Span);
            }
        }

        var compressed = scratch.GetBuffer().AsMemory(0, (int)scratch.Length);
        var entry = new Entry(name, crc.GetCurrentHashAsUInt32(), length, compressed.Length);
        Append(part, entry, new(compressed));
        if (made is not null)
        {
            chunks?.Add(new ZipEntryChunks(name, entry.Crc, length, compressed.Length, made), copied);
        }
    }

    /// <summary>
    /// Adds an entry compressed before, at this zip's level (the last build's, for a file that has not changed): its
    /// CRC-32, its size and its compressed bytes.
    /// </summary>
    public void AddCompressed(int part, string name, uint crc, long size, ReadOnlySequence<byte> data)
    {
        Append(part, new Entry(name, crc, size, data.Length), data);
        chunks?.Carry(name, crc, size, data.Length);
    }

    /// <summary>
    /// The zip, of a zip kept in memory: every entry by part and order, then the central directory. The entries are
    /// not copied: the zip is a chain of the parts' chunks.
    /// </summary>
    public ReadOnlySequence<byte> Finish()
    {
        var output = new SequenceBuilder();
        foreach (var part in spools)
        {
            output.Append(part switch
            {
                null => ReadOnlySequence<byte>.Empty,
                ByteChunks chunks => chunks.Freeze().Sequence,
                _ => throw new InvalidOperationException("A zip kept in files is written with WriteTo."),
            });
        }

        output.Append(CentralDirectory());
        return output.Build();
    }

    /// <summary>The zip, written to <paramref name="output"/>: every entry by part and order, then the
    /// directory.</summary>
    public void WriteTo(Stream output)
    {
        var directory = CentralDirectory();
        foreach (var part in spools)
        {
            if (part is ByteChunks chunks)
            {
                foreach (var segment in chunks.Freeze().Sequence)
                {
                    output.Write(segment.Span);
                }
            }
            else if (part is not null)
            {
                part.Position = 0;
                part.CopyTo(output);
            }
        }

        foreach (var segment in directory)
        {
            output.Write(segment.Span);
        }
    }

    public void Dispose()
    {
        foreach (var part in spools)
        {
            part?.Dispose();
        }
    }

    private void Append(int part, Entry entry, ReadOnlySequence<byte> data)
    {
        var stream = spools[part] ??= spool?.Invoke() ?? new ByteChunks();
        Span<byte> header = stackalloc byte[LocalSize];
        LocalHeader(header, entry);
        stream.Write(header);
        stream.Write(entry.NameBytes);
        foreach (var segment in data)
        {
            stream.Write(segment.Span);
        }

        entries[part].Add(entry);
    }

    /// <summary>The central directory and its end record, for the entries in part order; checks the zip's
    /// limits.</summary>
    private ReadOnlySequence<byte> CentralDirectory()
    {
        var all = entries.SelectMany(p => p).ToList();
        if (all.Count >= ushort.MaxValue || all.Any(e => e.Size >= uint.MaxValue))
        {
            throw new InvalidOperationException(
                "The data package would need a zip64 archive (65,535 files or 4 GB), which this writer does not make.");
        }

        var central = new ByteChunks();
        Span<byte> header = stackalloc byte[CentralSize];
        long offset = 0;
        foreach (var entry in all)
        {
            CentralHeader(header, entry, offset);
            central.Write(header);
            central.Write(entry.NameBytes);
            offset += LocalSize + entry.NameBytes.Length + entry.Compressed;
        }

        if (offset + central.Length + EndSize >= uint.MaxValue)
        {
            throw new InvalidOperationException(
                "The data package would need a zip64 archive (4 GB), which this writer does not make.");
        }

        var end = header[..EndSize];
        end.Clear();
        BinaryPrimitives.WriteUInt32LittleEndian(end, EndSignature);
        BinaryPrimitives.WriteUInt16LittleEndian(end[8..], (ushort)all.Count);
        BinaryPrimitives.WriteUInt16LittleEndian(end[10..], (ushort)all.Count);
        BinaryPrimitives.WriteUInt32LittleEndian(end[12..], (uint)central.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(end[16..], (uint)offset);
        central.Write(end);
        return central.Freeze().Sequence;
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
        BinaryPrimitives.WriteUInt32LittleEndian(at[12..], (uint)entry.Compressed);
        BinaryPrimitives.WriteUInt32LittleEndian(at[16..], (uint)entry.Size);
    }

    private sealed record Entry(string Name, uint Crc, long Size, long Compressed)
    {
        public bool Utf8 { get; } = !Ascii.IsValid(Name);

        public byte[] NameBytes { get; } = Encoding.UTF8.GetBytes(Name);
    }
}
