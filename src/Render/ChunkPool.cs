namespace Site.Render;

/// <summary>
/// The chunks of tables written and dropped, for the next table: owned by one run of the data files
/// (<see cref="DataFileWriter.Build"/>) and gone with it. Each table is written in both dialects, sliced and dropped
/// before the next, so the largest table's chunks serve every table after it; made new for each, the national build's
/// tables were 160 MB of 64 KB arrays, most of them kept alive long enough to reach the oldest generation.
/// </summary>
public sealed class ChunkPool
{
    private readonly Stack<byte[]> free = new();
    private readonly Lock gate = new();

    /// <summary>A chunk of <paramref name="size"/> zeros, as a new array would be.</summary>
    public byte[] Rent(int size)
    {
        lock (gate)
        {
            if (free.TryPop(out var chunk) && chunk.Length == size)
            {
                Array.Clear(chunk);
                return chunk;
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
                free.Push(chunk);
            }
        }
    }
}
