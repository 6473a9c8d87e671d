using System.IO.Hashing;

namespace Site.Render;

/// <summary>
/// The bytes of a fingerprint, hashed as they come (XxHash128): small values are gathered in a buffer of 4 KB and
/// hashed a buffer at a time, because appended one by one to the hash its ~1,000 small values a page cost several times
/// more, and gathered whole (45 KB a school page) they were copied as the buffer grew.
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

    public UInt128 Hash()
    {
        Flush();
        return hash.GetCurrentHashAsUInt128();
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
