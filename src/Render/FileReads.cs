using Microsoft.Win32.SafeHandles;

namespace Site.Render;

/// <summary>Reads from an open file at an offset, as many reads as it takes.</summary>
public static class FileReads
{
    /// <summary>Fills <paramref name="destination"/> from <paramref name="start"/>; false when the file ends
    /// first.</summary>
    public static bool TryReadExactly(SafeFileHandle file, long start, Span<byte> destination)
    {
        while (destination.Length > 0)
        {
            var read = RandomAccess.Read(file, destination, start);
            if (read == 0)
            {
                return false;
            }

            destination = destination[read..];
            start += read;
        }

        return true;
    }
}
