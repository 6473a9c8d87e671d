using System.Buffers;
using System.IO.Compression;
using System.IO.Hashing;
using Site.Compute.Analysis;

namespace Site.Render;

/// <summary>
/// Deflates a large zip entry in chunks, each on its own (a fresh compressor, flushed to a byte boundary, no reference
/// to an earlier chunk), so that the next build copies a chunk of the same bytes deflated from the last zip
/// (<see cref="LastEntry"/>) instead of deflating it again. The chunks are one deflate stream: each ends with a sync
/// flush (an empty stored block) that is not the last block, and an empty final block ends the entry; any unzip reads
/// it. Where a chunk ends depends only on its own bytes (a line feed after <see cref="Least"/> bytes whose 16 bytes
/// before hash with six low bits clear, or <see cref="Most"/> bytes), so a changed row changes its chunk and no
/// other, and a row added or removed moves the chunks after it only rarely. Chunks of ~260 KB deflate the national
/// tables into 1-3 % more bytes than whole (measured at level 5, the package's).
/// </summary>
public static class ChunkedDeflate
{
    /// <summary>The fewest bytes of a chunk, other than an entry's last: an entry this long or shorter is deflated
    /// whole, as <see cref="ZipArchive"/> does.</summary>
    public const int Least = 256 * 1024;

    /// <summary>The most bytes of a chunk.</summary>
    public const int Most = 1024 * 1024;

    // An empty fixed-Huffman block marked final: the deflate stream's end after the last chunk's sync flush.
    private static readonly byte[] End = [0x03, 0x00];

    /// <summary>
    /// Deflates <paramref name="blocks"/> (any split of the entry's bytes) into <paramref name="output"/>, copying
    /// the chunks <paramref name="last"/> has, and notes each chunk; returns how many were copied.
    /// </summary>
    public static int Compress(
        IEnumerable<ReadOnlyMemory<byte>> blocks,
        MemoryStream output,
        ZLibCompressionOptions options,
        Crc32 crc,
        LastEntry? last,
        List<ZipChunk> chunks)
    {
        var copied = 0;
        var buffer = ArrayPool<byte>.Shared.Rent(Most);
        try
        {
            var (filled, scanned) = (0, Least);
            foreach (var block in blocks)
            {
                crc.Append(block.Span);
                for (var bytes = block.Span; bytes.Length > 0;)
                {
                    var take = Math.Min(bytes.Length, Most - filled);
                    bytes[..take].CopyTo(buffer.AsSpan(filled));
                    filled += take;
                    bytes = bytes[take..];
                    while (Cut(buffer.AsSpan(0, filled), ref scanned) is { } end)
                    {
                        copied += Chunk(buffer.AsSpan(0, end)) ? 1 : 0;
                        buffer.AsSpan(end, filled - end).CopyTo(buffer);
                        (filled, scanned) = (filled - end, Least);
                    }
                }
            }

            if (filled > 0)
            {
                copied += Chunk(buffer.AsSpan(0, filled)) ? 1 : 0;
            }

            output.Write(End);
            return copied;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        // One chunk, copied from the last zip or deflated; true when copied.
        bool Chunk(ReadOnlySpan<byte> bytes)
        {
            var key = Hash128.Of(bytes);
            var start = output.Length;
            var copy = last?.TryCopy(key, bytes.Length, output) == true;
            if (!copy)
            {
                long flushed;
                using (var deflate = new DeflateStream(output, options, leaveOpen: true))
                {
                    deflate.Write(bytes);
                    deflate.Flush();
                    flushed = output.Length;
                }

                // Disposed, the compressor wrote its final block: the chunk is not the stream's end.
                output.SetLength(flushed);
                output.Position = flushed;
            }

            var deflated = output.GetBuffer().AsSpan((int)start, (int)(output.Length - start));
            chunks.Add(new ZipChunk(key, bytes.Length, deflated.Length, XxHash3.HashToUInt64(deflated)));
            return copy;
        }
    }

    /// <summary>
    /// Where the chunk at the start of <paramref name="bytes"/> ends, if it ends in them: the first line feed after
    /// <see cref="Least"/> bytes whose 16 bytes before hash with six low bits clear, or <see cref="Most"/> bytes.
    /// <paramref name="scanned"/> is where the search stopped last time, for bytes added since.
    /// </summary>
    private static int? Cut(ReadOnlySpan<byte> bytes, ref int scanned)
    {
        while (scanned < bytes.Length)
        {
            var next = bytes[scanned..].IndexOf((byte)'\n');
            if (next < 0)
            {
                scanned = bytes.Length;
                break;
            }

            var at = scanned + next;
            scanned = at + 1;
            if (at >= Most)
            {
                break;
            }

            if ((XxHash3.HashToUInt64(bytes[(at - 16)..at]) & 63) == 0)
            {
                return at + 1;
            }
        }

        return bytes.Length >= Most ? Most : null;
    }
}
