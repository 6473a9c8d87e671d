using System.Runtime.InteropServices;

namespace Site.Write;

/// <summary>POSIX link(2): .NET has no API for hard links.</summary>
internal static partial class NativeMethods
{
    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    internal static partial int link(string oldPath, string newPath);
}
