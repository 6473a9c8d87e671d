using System.Buffers;

namespace Site.Write;

/// <summary>
/// Whether a file of the last build has the bytes wanted now, read block by block so that a large one is never read
/// whole: a file found the same is hard-linked, not written again (<see cref="StagedSite"/>).
/// </summary>
internal static class SameContent
{
    /// <summary>Reads the previous file part by part against the new content, so a large one is never read
    /// whole.</summary>
    public static bool Bytes(string path, ReadOnlySequence<byte> content)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            foreach (var part in content)
            {
                for (var at = 0; at < part.Length;)
                {
                    var count = Math.Min(buffer.Length, part.Length - at);
                    stream.ReadExactly(buffer, 0, count);
                    if (!buffer.AsSpan(0, count).SequenceEqual(part.Span.Slice(at, count)))
                    {
                        return false;
                    }

                    at += count;
                }
            }

            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Whether two files of the same length have the same bytes, read block by block side by side.</summary>
    public static bool Files(string path, string other)
    {
        const int Block = 64 * 1024;
        using var first = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        using var second = new FileStream(other, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        var buffer = ArrayPool<byte>.Shared.Rent(2 * Block);
        try
        {
            while (true)
            {
                var read = first.ReadAtLeast(buffer.AsSpan(0, Block), Block, throwOnEndOfStream: false);
                var again = second.ReadAtLeast(buffer.AsSpan(Block, Block), Block, throwOnEndOfStream: false);
                if (read != again || !buffer.AsSpan(0, read).SequenceEqual(buffer.AsSpan(Block, again)))
                {
                    return false;
                }

                if (read < Block)
                {
                    return true;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
