using System.Buffers;

namespace Site.Render;

/// <summary>A sequence's segments in order: the blocks the zip and the hashes read (<see cref="ITableBytes.Blocks"/>).
/// </summary>
public static class SequenceSegments
{
    public static IEnumerable<ReadOnlyMemory<byte>> Segments(this ReadOnlySequence<byte> sequence)
    {
        foreach (var segment in sequence)
        {
            yield return segment;
        }
    }
}
