using System.Buffers;

namespace Site.Load;

/// <summary>
/// A file's bytes in an array rented from the shared pool, given back when disposed: the reader decodes them and lets
/// them go, and the next file of the same size class is read into the same array.
/// </summary>
internal sealed class PooledFile : IDisposable
{
    private readonly int length;
    private byte[]? buffer;

    private PooledFile(byte[] buffer, int length)
    {
        this.buffer = buffer;
        this.length = length;
    }

    /// <summary>The file's bytes, for a reader that holds them past a span's scope; not to be kept after
    /// <see cref="Dispose"/>.</summary>
    public ReadOnlyMemory<byte> Memory =>
        (buffer ?? throw new ObjectDisposedException(nameof(PooledFile))).AsMemory(0, length);

    /// <summary>The file's bytes; not to be kept after <see cref="Dispose"/>.</summary>
    public ReadOnlySpan<byte> Span =>
        (buffer ?? throw new ObjectDisposedException(nameof(PooledFile))).AsSpan(0, length);

    public static PooledFile Read(string path)
    {
        using var handle = File.OpenHandle(path);
        var length = checked((int)RandomAccess.GetLength(handle));
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        var read = 0;
        while (read < length)
        {
            var count = RandomAccess.Read(handle, buffer.AsSpan(read, length - read), read);
            if (count == 0)
            {
                break;
            }

            read += count;
        }

        return new PooledFile(buffer, read);
    }

    public void Dispose()
    {
        if (buffer is { Length: > 0 } rented)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        buffer = null;
    }
}
