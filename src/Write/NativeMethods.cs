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
        const int CurrentFolder = -100, NoFollow = 0x100;
        const uint Inode = 0x100;
        var buffer = stackalloc byte[256];
        if (statx(CurrentFolder, path, NoFollow, Inode, buffer) != 0)
        {
            return null;
        }

        return (((ulong)*(uint*)(buffer + 136) << 32) | *(uint*)(buffer + 140), *(ulong*)(buffer + 32));
    }
}
