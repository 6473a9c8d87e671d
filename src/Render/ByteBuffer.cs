using System.Buffers;

namespace Site.Render;

/// <summary>Bytes appended to a pooled array that grows as needed; disposed, the array goes back to the pool.</summary>
public sealed class ByteBuffer : IDisposable
{
    private byte[] array = ArrayPool<byte>.Shared.Rent(16 * 1024);
    private int length;

    public ReadOnlySpan<byte> Written => array.AsSpan(0, length);

    public void Append(ReadOnlySpan<byte> bytes)
    {
        if (length + bytes.Length > array.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(array.Length * 2, length + bytes.Length));
            array.AsSpan(0, length).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(array);
            array = larger;
        }

        bytes.CopyTo(array.AsSpan(length));
        length += bytes.Length;
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(array);
        array = [];
    }
}
