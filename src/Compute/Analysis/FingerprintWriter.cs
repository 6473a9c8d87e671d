using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Site.Compute.Analysis;

/// <summary>
/// The bytes of a fingerprint, hashed as they come (XxHash128): small values are gathered in a buffer of 4 KB and
/// hashed a buffer at a time, because appended one by one to the hash its ~1,000 small values a page cost several times
/// more, and gathered whole (45 KB a school page) they were copied as the buffer grew. A page's view
/// (<c>ViewFingerprints</c>) and what a part of the analysis read (<see cref="AnalysisInputs"/>) are hashed with it.
/// </summary>
public sealed class FingerprintWriter
{
    private readonly XxHash128 hash = new();
    private readonly byte[] buffer = new byte[4096];
    private int length;

    public void Append(ReadOnlySpan<byte> bytes)
    {
        if (length + bytes.Length > buffer.Length)
        {
            Flush();
            if (bytes.Length > buffer.Length)
            {
                hash.Append(bytes);
                return;
            }
        }

        bytes.CopyTo(buffer.AsSpan(length));
        length += bytes.Length;
    }

    /// <summary>A hash made of other bytes (a shared part's, a key's): its 16 bytes.</summary>
    public void Append(Hash128 hash)
    {
        Span<byte> bytes = stackalloc byte[16];
        hash.WriteTo(bytes);
        Append(bytes);
    }

    public void Int(int value)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, value);
        Append(bytes);
    }

    public void Decimal(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        Append(MemoryMarshal.AsBytes(bits));
    }

    /// <summary>A text's length, then its UTF-16 bytes as they are: only compared with another hash made so.</summary>
    public void Text(string text)
    {
        Int(text.Length);
        Append(MemoryMarshal.AsBytes(text.AsSpan()));
    }

    public Hash128 Hash()
    {
        Flush();
        return Hash128.Of(hash);
    }

    /// <summary>Empties the writer, so that one serves page after page.</summary>
    public void Reset()
    {
        length = 0;
        hash.Reset();
    }

    private void Flush()
    {
        hash.Append(buffer.AsSpan(0, length));
        length = 0;
    }
}
