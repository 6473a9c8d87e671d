using System.Buffers;
using System.Text;
using System.Text.Json;
using Site.Model;

namespace Site.Compute.Changes;

/// <summary>
/// Two manifests narrowed to the values whose bytes differ, so that a rebuild after one changed cell does not parse the
/// whole previous manifest (31 MB of JSON nationally, most of the Changes stage) to find one revised value.
/// </summary>
/// <remarks>
/// Both files are written by <see cref="Render.ChangeFiles.ManifestBytes"/>: indented, the values a list of objects
/// one level deep, then the methods. Outside the bytes where the two differ, they are the same bytes, so the same
/// values at the same places; as no manifest has two values of one school, year and measure, a value outside the
/// differing bytes is in both manifests, unchanged, and cannot be the old side of a value inside them. So comparing
/// only the values around the differing bytes gives the same changes, in the same order, as comparing all of them.
/// Anything else (a difference outside the values, a layout this does not know, bytes it cannot read) gives null,
/// and the caller compares the whole manifests.
/// </remarks>
public static class ManifestNarrowing
{
    // A raw line break occurs in this JSON only between tokens, so these are its structure, never text in a string.
    private static readonly byte[] ValuesStart = Encoding.UTF8.GetBytes("\n  \"values\": [");
    private static readonly byte[] MethodsStart = Encoding.UTF8.GetBytes("\n  \"methods\": ");
    private static readonly byte[] ValueStart = Encoding.UTF8.GetBytes("\n    {");
    private static readonly byte[] ValueEnd = Encoding.UTF8.GetBytes("\n    }");

    /// <returns>The previous manifest and <paramref name="current"/>, each with only the values around the bytes that
    /// differ; null when the difference cannot be narrowed so.</returns>
    public static (Manifest Previous, Manifest Current)? Narrow(
        ReadOnlySpan<byte> previous,
        ReadOnlySequence<byte> currentBytes,
        Manifest current,
        JsonSerializerOptions options)
    {
        var prefix = CommonPrefix(previous, currentBytes);
        var room = (int)Math.Min(previous.Length, currentBytes.Length) - prefix;
        var suffix = Math.Min(room, CommonSuffix(previous, currentBytes));
        var values = previous.IndexOf(ValuesStart);
        var methods = previous.LastIndexOf(MethodsStart);
        var previousEnd = previous.Length - suffix;
        if (values < 0 || methods < 0 || prefix <= values + ValuesStart.Length || previousEnd > methods)
        {
            return null;
        }

        // From the start of the value the first differing byte is in, to the end of the first value wholly after the
        // last: the same offsets in both files at the start, the same distance from their ends at the end.
        var first = previous.Slice(values, prefix - values).LastIndexOf(ValueStart);
        var last = previous.Slice(previousEnd, methods - previousEnd).IndexOf(ValueEnd);
        if (first < 0 || last < 0)
        {
            return null;
        }

        var from = values + first + ValueStart.Length - 1;
        var previousTo = previousEnd + last + ValueEnd.Length;
        var currentTo = previousTo - previous.Length + currentBytes.Length;
        var old = Read(previous.Slice(from, previousTo - from), options);
        var made = Read(currentBytes.Slice(from, currentTo - from).ToArray(), options);
        return old is null || made is null ? null : (current with { Values = old }, current with { Values = made });
    }

    private static IReadOnlyList<ManifestValue>? Read(ReadOnlySpan<byte> objects, JsonSerializerOptions options)
    {
        var array = new byte[objects.Length + 2];
        array[0] = (byte)'[';
        objects.CopyTo(array.AsSpan(1));
        array[^1] = (byte)']';
        try
        {
            var read = JsonSerializer.Deserialize<IReadOnlyList<ManifestValue>>(array, options);
            return read is not null && read.All(v => v is { School: not null, Year: not null, Measure: not null })
                ? read
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>How many bytes at the start of the two are the same.</summary>
    internal static int CommonPrefix(ReadOnlySpan<byte> previous, ReadOnlySequence<byte> current)
    {
        var at = 0;
        foreach (var part in current)
        {
            var rest = previous[at..];
            var same = rest.CommonPrefixLength(part.Span);
            at += same;
            if (same < part.Length || at == previous.Length)
            {
                break;
            }
        }

        return at;
    }

    private static int CommonSuffix(ReadOnlySpan<byte> previous, ReadOnlySequence<byte> current)
    {
        var parts = new List<ReadOnlyMemory<byte>>();
        foreach (var part in current)
        {
            parts.Add(part);
        }

        var end = previous.Length;
        for (var i = parts.Count - 1; i >= 0 && end > 0; i--)
        {
            var part = parts[i].Span;
            var take = Math.Min(part.Length, end);
            var same = SameAtEnd(previous.Slice(end - take, take), part[^take..]);
            end -= same;
            if (same < take)
            {
                break;
            }
        }

        return previous.Length - end;
    }

    /// <summary>How many bytes at the ends of two spans of the same length are the same.</summary>
    /// <remarks>A block at a time from the end, each compared on the processor's vectors, then byte by byte only in the
    /// block that differs: byte by byte from the end, a changed cell near the start of the national manifest was 31 MB
    /// of it, ~60 ms of the build's serial Changes stage.</remarks>
    internal static int SameAtEnd(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        const int Block = 4096;
        for (var end = a.Length; end > 0; end -= Block)
        {
            var start = Math.Max(0, end - Block);
            if (!a[start..end].SequenceEqual(b[start..end]))
            {
                var i = end - 1;
                while (a[i] == b[i])
                {
                    i--;
                }

                return a.Length - 1 - i;
            }
        }

        return a.Length;
    }
}
