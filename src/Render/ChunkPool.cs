namespace Site.Render;

/// <summary>
/// The chunks of tables written and dropped, for the next table: owned by one run of the data files
/// (<see cref="DataFileWriter.Build"/>) and gone with it. Each table is written in both dialects, sliced and dropped
/// before the next, so one table's chunks serve the tables after it; made new for each, the national build's tables
/// were 160 MB of 64 KB arrays, most of them kept alive long enough to reach the oldest generation.
/// </summary>
/// <param name="limit">
/// The most bytes of chunks kept for later tables; the rest go to the collector. Kept whole, the school results' chunks
/// (44 MB nationally, both dialects) stayed alive to the end of the render, where the build's memory peaks, for tables
/// a third of their size.
/// </param>
public sealed class ChunkPool(long limit = long.MaxValue)
{
    private readonly Stack<byte[]> free = new();
    private readonly Lock gate = new();
    private long kept;

    /// <summary>A chunk of <paramref name="size"/> zeros, as a new array would be.</summary>
    public byte[] Rent(int size)
    {
        lock (gate)
        {
            if (free.TryPop(out var chunk))
            {
                kept -= chunk.Length;
                if (chunk.Length == size)
                {
                    Array.Clear(chunk);
                    return chunk;
                }
            }
        }

        return new byte[size];
    }

    /// <summary>Takes chunks back; nothing may read them after this.</summary>
    public void Return(IEnumerable<byte[]> chunks)
    {
        lock (gate)
        {
            foreach (var chunk in chunks)
            {
                if (kept + chunk.Length <= limit)
                {
                    free.Push(chunk);
                    kept += chunk.Length;
                }
            }
        }
    }
}
