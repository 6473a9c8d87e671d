using System.Buffers.Binary;
using System.Globalization;
using System.IO.Hashing;

namespace Site.Compute.Analysis;

/// <summary>
/// A 128-bit hash as its two halves. Not <see cref="UInt128"/>: its layout is not fixed for ReadyToRun, so the
/// published program does not compile ahead of time a method with one in its locals, nor one that reaches into a type
/// holding one; each was compiled at run time in every process (a kept analysis' hashes in <see cref="AnalysisCache"/>
/// took the build's pipeline, from <c>BuildCommand</c> down to the means, with them: 54 methods more, found with
/// <c>DOTNET_PerfMapEnabled</c>).
/// </summary>
public readonly record struct Hash128(ulong High, ulong Low) : ISpanFormattable
{
    /// <summary>What <paramref name="hash"/> has hashed so far.</summary>
    public static Hash128 Of(XxHash128 hash)
    {
        Span<byte> bytes = stackalloc byte[16];
        hash.GetCurrentHash(bytes);
        return From(bytes);
    }

    /// <summary>The XxHash128 of <paramref name="data"/>.</summary>
    public static Hash128 Of(ReadOnlySpan<byte> data)
    {
        Span<byte> bytes = stackalloc byte[16];
        XxHash128.Hash(data, bytes);
        return From(bytes);
    }

    /// <summary>Reads <see cref="ToString"/>'s text; null when it is not 32 hexadecimal digits.</summary>
    public static Hash128? Parse(ReadOnlySpan<char> text) =>
        text.Length == 32 && Half(text[..16]) is { } high && Half(text[16..]) is { } low
            ? new Hash128(high, low)
            : null;

    public static Hash128 Read(BinaryReader reader) => new(reader.ReadUInt64(), reader.ReadUInt64());

    /// <summary>32 lower-case hexadecimal digits: the value, as XxHash128's 128-bit number is written.</summary>
    public override string ToString() =>
        string.Create(32, this, static (text, hash) => hash.TryFormat(text, out _, default, null));

    /// <summary><see cref="ToString()"/>'s text, into <paramref name="destination"/> (a line of stamps is written with
    /// no string made for it: 22,000 a national build).</summary>
    public bool TryFormat(
        Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        charsWritten = 0;
        if (destination.Length < 32
            || !High.TryFormat(destination, out _, "x16", CultureInfo.InvariantCulture)
            || !Low.TryFormat(destination[16..], out _, "x16", CultureInfo.InvariantCulture))
        {
            return false;
        }

        charsWritten = 32;
        return true;
    }

    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <summary>The 16 bytes, high half first, each big-endian (XxHash128's own bytes).</summary>
    public void WriteTo(Span<byte> bytes)
    {
        BinaryPrimitives.WriteUInt64BigEndian(bytes, High);
        BinaryPrimitives.WriteUInt64BigEndian(bytes[8..], Low);
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(High);
        writer.Write(Low);
    }

    private static ulong? Half(ReadOnlySpan<char> hex) =>
        ulong.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var half) ? half : null;

    // XxHash128's bytes are its value big-endian (what GetCurrentHashAsUInt128 gives, and OutputStamps writes).
    private static Hash128 From(ReadOnlySpan<byte> bytes) =>
        new(BinaryPrimitives.ReadUInt64BigEndian(bytes), BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]));
}
