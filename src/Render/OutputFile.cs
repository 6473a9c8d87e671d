using System.Buffers;

namespace Site.Render;

/// <summary>A rendered file: its path relative to the output folder (always '/'-separated) and its bytes.</summary>
/// <param name="Content">One array for a page; the chunks it was written in for a large data file or the zip.</param>
public sealed record OutputFile(string RelativePath, ReadOnlySequence<byte> Content)
{
    public OutputFile(string relativePath, byte[] bytes)
        : this(relativePath, new ReadOnlySequence<byte>(bytes))
    {
    }

    public OutputFile(string relativePath, ChunkedBytes bytes)
        : this(relativePath, bytes.Sequence)
    {
    }

    /// <summary>
    /// Whether the bytes are lent: a pooled buffer the maker reuses as soon as the file's taker returns. The build
    /// writes each file and forgets it; a taker that keeps files (preview) keeps <see cref="Kept"/>.
    /// </summary>
    public bool Lent { get; init; }

    /// <summary>This file with bytes of its own where they are lent.</summary>
    public OutputFile Kept() => Lent ? new OutputFile(RelativePath, Content.ToArray()) : this;
}
