namespace Site.Render;

/// <summary>
/// A written table's bytes, wherever they are kept: in memory (<see cref="ChunkedBytes"/>, preview) or in the build's
/// staging folder (<see cref="StagedTableFile"/>). Its slices read ranges of it; its hash and the zip read it in
/// blocks.
/// </summary>
public interface ITableBytes
{
    long Length { get; }

    /// <summary>Copies <paramref name="destination"/>'s length of bytes from <paramref name="start"/> on.</summary>
    void CopyTo(long start, Span<byte> destination);

    /// <summary>
    /// The bytes in order, in blocks of 64 KB from the start (the last may be shorter): deflate's output depends on how
    /// its input is split, so the zip's entry is the same wherever the table was kept. A block may be reused for the
    /// next: each is to be read before the next is asked for.
    /// </summary>
    IEnumerable<ReadOnlyMemory<byte>> Blocks();

    /// <summary>Done with the bytes: nothing may read them after this.</summary>
    void Release();
}
