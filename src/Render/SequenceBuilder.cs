using System.Buffers;

namespace Site.Render;

/// <summary>
/// Chains blocks of memory that already exist into one <see cref="ReadOnlySequence{T}"/>, copying none of them: the
/// zip is its entries' compressed bytes with headers between them, and copying them into one buffer held the national
/// zip twice over (25 MB) at the end of the data stage.
/// </summary>
public sealed class SequenceBuilder
{
    private Segment? first;
    private Segment? last;

    public long Length => last is null ? 0 : last.RunningIndex + last.Memory.Length;

    public void Append(ReadOnlyMemory<byte> memory)
    {
        if (memory.IsEmpty)
        {
            return;
        }

        var next = new Segment(memory, Length);
        if (last is null)
        {
            first = next;
        }
        else
        {
            last.Link(next);
        }

        last = next;
    }

    public void Append(ReadOnlySequence<byte> sequence)
    {
        foreach (var part in sequence)
        {
            Append(part);
        }
    }

    /// <summary>What was appended, in order; nothing may be appended after this.</summary>
    public ReadOnlySequence<byte> Build() =>
        first is null ? ReadOnlySequence<byte>.Empty : new(first, 0, last!, last!.Memory.Length);

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public void Link(Segment next) => Next = next;
    }
}
