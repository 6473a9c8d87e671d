using System.Buffers;
using System.IO.MemoryMappedFiles;

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
    private readonly int length;
    private byte* first;

    private MappedFile(string path, long length)
    {
        // A mapping of nothing is refused by the operating system: an empty file is an empty span.
        if (length == 0)
        {
            return;
        }

        this.length = checked((int)length);
        map = MemoryMappedFile.CreateFromFile(path, FileMode.Open, mapName: null, 0, MemoryMappedFileAccess.Read);
        view = map.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref first);
        first += view.PointerOffset;
    }

    /// <summary>The file at <paramref name="path"/>, mapped; null when there is none.</summary>
    public static MappedFile? Open(string path) =>
        new FileInfo(path) is { Exists: true } file ? new MappedFile(path, file.Length) : null;

    public override Span<byte> GetSpan()
    {
        ObjectDisposedException.ThrowIf(length > 0 && first is null, this);
        return new Span<byte>(first, length);
    }

    public override MemoryHandle Pin(int elementIndex = 0)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)elementIndex, (uint)length, nameof(elementIndex));
        return new MemoryHandle(first + elementIndex);
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
}
