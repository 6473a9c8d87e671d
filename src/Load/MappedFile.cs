using System.Buffers;
using System.IO.MemoryMappedFiles;
using Microsoft.Win32.SafeHandles;

namespace Site.Load;

/// <summary>
/// A file's bytes read where the operating system keeps them, mapped into memory read-only, not copied into an array:
/// the last build's manifest is 31 MB nationally, and a new array of it was 7,700 first writes to new pages, each a
/// page fault (145-187 ms of a new process' CPU here, against 25-31 ms to map it and read it all). The mapping is of
/// the file as it is: a file the generator replaces is renamed over, never written in place, so the pages stay the
/// bytes that were read. Gone when disposed; a <see cref="Memory"/> of it must not be read after that.
/// </summary>
public sealed unsafe class MappedFile : MemoryManager<byte>
{
    private readonly MemoryMappedFile? map;
    private readonly MemoryMappedViewAccessor? view;
    private readonly long length;
    private byte* first;

    // A mapping of nothing is refused by the operating system: an empty file is an empty span, and no mapping.
    private MappedFile(MemoryMappedFile? map, long length)
    {
        this.length = length;
        if (map is null)
        {
            return;
        }

        this.map = map;
        view = map.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref first);
        first += view.PointerOffset;
    }

    /// <summary>The file at <paramref name="path"/>, mapped; null when there is none.</summary>
    public static MappedFile? Open(string path) =>
        new FileInfo(path) is { Exists: true } file
            ? new MappedFile(
                file.Length == 0
                    ? null
                    : MemoryMappedFile.CreateFromFile(path, FileMode.Open, mapName: null, 0, MemoryMappedFileAccess.Read),
                file.Length)
            : null;

    /// <summary>The first <paramref name="length"/> bytes of an open file, mapped; the file stays open after.</summary>
    public static MappedFile Of(SafeFileHandle file, long length) =>
        new(
            length == 0
                ? null
                : MemoryMappedFile.CreateFromFile(
                    file, mapName: null, length, MemoryMappedFileAccess.Read, HandleInheritability.None,
                    leaveOpen: true),
            length);

    /// <summary>The mapped bytes from <paramref name="start"/>, which may be past what one span reaches.</summary>
    public ReadOnlySpan<byte> Slice(long start, int count)
    {
        if (start < 0 || count < 0 || start + count > length)
        {
            throw new EndOfStreamException($"The mapped file ends at {length} bytes, not {start + count}.");
        }

        return new ReadOnlySpan<byte>(Start() + start, count);
    }

    public override Span<byte> GetSpan() => new(Start(), checked((int)length));

    public override MemoryHandle Pin(int elementIndex = 0)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)elementIndex, (ulong)length, nameof(elementIndex));
        return new MemoryHandle(Start() + elementIndex);
    }

    public override void Unpin()
    {
    }

    protected override void Dispose(bool disposing)
    {
        if (view is not null && first is not null)
        {
            view.SafeMemoryMappedViewHandle.ReleasePointer();
            view.Dispose();
            map!.Dispose();
            first = null;
        }
    }

    // Disposed, the pages are no longer mapped: a read is refused.
    private byte* Start()
    {
        ObjectDisposedException.ThrowIf(view is not null && first is null, this);
        return first;
    }
}
