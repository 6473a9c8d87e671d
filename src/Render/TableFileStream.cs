using System.IO.Hashing;
using Site.Compute.Analysis;

namespace Site.Render;

/// <summary>
/// Writes a table into its file and takes its fingerprint on the way (the hash <see cref="OutputStamps"/> keeps), so
/// that whether it changed since the last build is known without reading it again.
/// </summary>
public sealed class TableFileStream(Stream file) : Stream
{
    private readonly XxHash128 hash = new();
    private long length;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => length;

    public override long Position
    {
        get => length;
        set => throw new NotSupportedException();
    }

    public Hash128 Fingerprint => Hash128.Of(hash);

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        file.Write(buffer);
        hash.Append(buffer);
        length += buffer.Length;
    }

    // The CSV writers flush after every row to note where it ends; the file's own buffer is written out when it is
    // closed, not a system call per row.
    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
