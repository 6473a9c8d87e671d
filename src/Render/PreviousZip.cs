using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Site.Render;

/// <summary>
/// The last build's data package zip, read for the compressed bytes of entries that have not changed, so that a build
/// does not deflate them again. It is read where the last build left it, by the central directory
/// <see cref="DeterministicZip"/> wrote; a zip it cannot read gives no entry, and every file is compressed anew.
/// Safe for several threads. Disposed by the build that opened it.
/// </summary>
public sealed class PreviousZip : IDisposable
{
    private readonly SafeFileHandle? file;
    private readonly Dictionary<string, (uint Crc, long Compressed, long Size, long Offset)> entries;

    private PreviousZip(SafeFileHandle? file, Dictionary<string, (uint, long, long, long)> entries)
    {
        this.file = file;
        this.entries = entries;
    }

    public static PreviousZip None() => new(null, []);

    public static PreviousZip Open(string path)
    {
        if (!File.Exists(path))
        {
            return None();
        }

        var file = File.OpenHandle(path);
        try
        {
            return new PreviousZip(file, Directory(file));
        }
        catch (InvalidDataException)
        {
            file.Dispose();
            return None();
        }
    }

    /// <summary>
    /// The entry's CRC-32 and compressed bytes, when the zip has an entry of that name and size (to be disposed once
    /// copied). Read with its local header in one read: the name is the central directory's, and
    /// <see cref="DeterministicZip"/> writes no extra field; the header read is checked to say the bytes start there.
    /// </summary>
    public PreviousEntry? Compressed(string name, long size)
    {
        if (file is null || !entries.TryGetValue(name, out var entry) || entry.Size != size)
        {
            return null;
        }

        var nameLength = Encoding.UTF8.GetByteCount(name);
        var start = DeterministicZip.LocalSize + nameLength;
        var length = checked((int)entry.Compressed);
        var lent = ArrayPool<byte>.Shared.Rent(start + length);
        var read = lent.AsSpan(0, start + length);
        if (!ReadAt(entry.Offset, read) || DataOffset(read) != start)
        {
            // Not the entry this program wrote there: the file is compressed anew.
            ArrayPool<byte>.Shared.Return(lent);
            return null;
        }

        return new PreviousEntry(entry.Crc, lent, start, length);
    }

    /// <summary>
    /// Where the entry's compressed bytes start in the zip, when it has an entry of that name with this CRC-32 and
    /// these sizes (see <see cref="ReadAt"/>).
    /// </summary>
    public long? DataStart(string name, uint crc, long size, long compressed) =>
        file is not null
        && entries.TryGetValue(name, out var entry)
        && (entry.Crc, entry.Size, entry.Compressed) == (crc, size, compressed)
            ? Start(entry.Offset)
            : null;

    /// <summary>Bytes of the zip from <paramref name="offset"/>; false when it ends first.</summary>
    public bool ReadAt(long offset, Span<byte> destination) =>
        file is not null && FileReads.TryReadExactly(file, offset, destination);

    public void Dispose() => file?.Dispose();

    /// <summary>Where the compressed bytes of the entry whose local header is at <paramref name="offset"/>
    /// start.</summary>
    private long? Start(long offset)
    {
        Span<byte> header = stackalloc byte[DeterministicZip.LocalSize];
        return RandomAccess.Read(file!, header, offset) == DeterministicZip.LocalSize && DataOffset(header) is { } at
            ? offset + at
            : null;
    }

    /// <summary>Where an entry's compressed bytes start, from the start of its local header (its name's and extra
    /// field's lengths); null when <paramref name="header"/> is not a local header.</summary>
    private static int? DataOffset(ReadOnlySpan<byte> header) =>
        BinaryPrimitives.ReadUInt32LittleEndian(header) == DeterministicZip.LocalSignature
            ? DeterministicZip.LocalSize + BinaryPrimitives.ReadUInt16LittleEndian(header[26..])
                + BinaryPrimitives.ReadUInt16LittleEndian(header[28..])
            : null;

    /// <summary>The central directory: each entry's name, CRC, sizes and where its local header is.</summary>
    private static Dictionary<string, (uint, long, long, long)> Directory(SafeFileHandle file)
    {
        var length = RandomAccess.GetLength(file);
        var end = new byte[DeterministicZip.EndSize];
        if (length < end.Length || RandomAccess.Read(file, end, length - end.Length) != end.Length
            || BinaryPrimitives.ReadUInt32LittleEndian(end) != DeterministicZip.EndSignature)
        {
            // DeterministicZip writes no comment: the end record is the file's last 22 bytes.
            throw new InvalidDataException("No end of central directory where this program writes it.");
        }

        var count = BinaryPrimitives.ReadUInt16LittleEndian(end.AsSpan(10));
        var size = BinaryPrimitives.ReadUInt32LittleEndian(end.AsSpan(12));
        var at = BinaryPrimitives.ReadUInt32LittleEndian(end.AsSpan(16));
        var central = new byte[size];
        if (at + size > length || RandomAccess.Read(file, central, at) != size)
        {
            throw new InvalidDataException("The central directory is not inside the file.");
        }

        var entries = new Dictionary<string, (uint, long, long, long)>(count, StringComparer.Ordinal);
        var span = central.AsSpan();
        for (var i = 0; i < count; i++)
        {
            if (span.Length < DeterministicZip.CentralSize
                || BinaryPrimitives.ReadUInt32LittleEndian(span) != DeterministicZip.CentralSignature)
            {
                throw new InvalidDataException("A central directory entry is damaged.");
            }

            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(span[28..]);
            var skip = DeterministicZip.CentralSize + nameLength + BinaryPrimitives.ReadUInt16LittleEndian(span[30..])
                + BinaryPrimitives.ReadUInt16LittleEndian(span[32..]);
            if (span.Length < skip)
            {
                throw new InvalidDataException("A central directory entry is damaged.");
            }

            var name = Encoding.UTF8.GetString(span.Slice(DeterministicZip.CentralSize, nameLength));
            entries[name] = (
                BinaryPrimitives.ReadUInt32LittleEndian(span[16..]),
                BinaryPrimitives.ReadUInt32LittleEndian(span[20..]),
                BinaryPrimitives.ReadUInt32LittleEndian(span[24..]),
                BinaryPrimitives.ReadUInt32LittleEndian(span[42..]));
            span = span[skip..];
        }

        return entries;
    }
}
