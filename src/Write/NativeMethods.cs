using System.Runtime.InteropServices;

namespace Site.Write;

/// <summary>POSIX link(2) and Linux statx(2): .NET has no API for hard links, nor for a file's inode.</summary>
internal static partial class NativeMethods
{
    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    internal static partial int link(string oldPath, string newPath);

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static unsafe partial int statx(int directory, string path, int flags, uint mask, byte* buffer);

    /// <summary>
    /// A file's device and inode (Linux, statx(2), the link itself where it is a symbolic link), or null when it is
    /// not there: two names of one file have the same. struct statx is laid out alike on every architecture: stx_ino at
    /// byte 32, stx_dev_major and stx_dev_minor at 136 and 140, 256 bytes in all.
    /// </summary>
    internal static unsafe (ulong Device, ulong Inode)? FileId(string path)
    {
        const uint Inode = 0x100;
        var buffer = stackalloc byte[256];
        if (!Status(path, Inode, buffer))
        {
            return null;
        }

        return (((ulong)*(uint*)(buffer + 136) << 32) | *(uint*)(buffer + 140), *(ulong*)(buffer + 32));
    }

    /// <summary>
    /// A regular file's length and time of last change (Linux, one statx(2) where <see cref="FileInfo"/> makes two
    /// calls), or null when it is not there or not a regular file: stx_mode at byte 28, stx_size at 40, stx_mtime's
    /// seconds and nanoseconds at 112 and 120.
    /// </summary>
    internal static unsafe (long Length, DateTime Modified)? RegularFile(string path)
    {
        const uint Type = 0x1, Modified = 0x40, Size = 0x200;
        const int TypeBits = 0xF000, Regular = 0x8000;
        var buffer = stackalloc byte[256];
        if (!Status(path, Type | Modified | Size, buffer) || (*(ushort*)(buffer + 28) & TypeBits) != Regular)
        {
            return null;
        }

        // As .NET reads a file's time: whole seconds since 1970, then the nanoseconds in ticks of 100.
        var time = DateTime.UnixEpoch.AddSeconds(*(long*)(buffer + 112)).AddTicks(*(uint*)(buffer + 120) / 100);
        return (*(long*)(buffer + 40), time);
    }

    private static unsafe bool Status(string path, uint mask, byte* buffer)
    {
        const int CurrentFolder = -100, NoFollow = 0x100;
        return statx(CurrentFolder, path, NoFollow, mask, buffer) == 0;
    }
}
