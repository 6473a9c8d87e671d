using System.Buffers;

namespace Site.Render;

/// <summary>
/// An entry of the last build's zip (<see cref="PreviousZip.Compressed"/>): its CRC-32 and compressed bytes, in an
/// array lent from the shared pool until <see cref="Dispose"/>. The zip copies them into its spool at once: ten
/// thousand unchanged slices of a changed cell were as many arrays made and dropped.
/// </summary>
public readonly struct PreviousEntry(uint crc, byte[] lent, int start, int length) : IDisposable
{
    public uint Crc => crc;

    public ReadOnlySequence<byte> Data => new(lent, start, length);

    public void Dispose() => ArrayPool<byte>.Shared.Return(lent);
}
