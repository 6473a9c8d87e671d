using System.Collections;
using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using Site.Compute.Analysis;

namespace Site.Render;

/// <summary>
/// A page's fingerprint: a 128-bit hash of everything its rendering reads (the program, the component, the view and the
/// asset names). A build that finds a page's fingerprint unchanged since the last build keeps the file the last build
/// wrote instead of rendering it again. A view is hashed through its public properties, which a record's are all of
/// its state; a part that is not a record, a collection or a plain value (a delegate, a class with hidden state) makes
/// the view unhashable, and its page is always rendered. One instance belongs to one build: it keeps each type's
/// reader (<see cref="ViewTypeReader"/>).
/// </summary>
public sealed class ViewFingerprints
{
    private const int MaxDepth = 64;

    // Marks a list written by its property's type (AppendRecords, AppendTexts), where Append writes the list's own
    // type.
    private const long ListTag = 2;

    // The program's build: another build of it may render the same view differently.
    private static readonly byte[] Program = typeof(ViewFingerprints).Module.ModuleVersionId.ToByteArray();

    private readonly ConcurrentDictionary<Type, ViewTypeReader> readers = new();

    // The records every page of a language shares, its frame and its words (hundreds of texts): each is hashed once
    // per build, by reference (a record does not change), and written into a page's fingerprint as that hash. Hashed
    // whole into every page's, the frame took ~40 % of the fingerprints' time (national, sampled).
    private readonly ConcurrentDictionary<object, Hash128> shared = new(ReferenceEqualityComparer.Instance);

    private readonly FingerprintPool writers = new();

    // Made once: a lambda passed to GetOrAdd on each look-up was a new delegate each time.
    private readonly Func<Type, ViewTypeReader> makeReader;

    /// <param name="generated">Whether the site's records are written by their generated writers; false compiles
    /// every reader from expression trees, so that a test can check that both write the same.</param>
    public ViewFingerprints(bool generated = true)
    {
        makeReader = generated
            ? type => ViewTypeReader.For(type, ReaderOf, ViewRecordWriters.For)
            : type => ViewTypeReader.For(type, ReaderOf);
    }

    /// <summary>The fingerprint of <paramref name="component"/> rendered with these parameters, or null when a part of
    /// them cannot be hashed.</summary>
    public Hash128? Of(Type component, IEnumerable<object?> parameters) => writers.Hash(bytes =>
    {
        bytes.Append(Program);
        AppendText(bytes, component.FullName);
        foreach (var parameter in parameters)
        {
            if (!Append(bytes, parameter, 0))
            {
                return false;
            }
        }

        return true;
    });

    /// <summary>
    /// The fingerprint of <paramref name="component"/> rendered from a view whose key (what building it read) is
    /// <paramref name="key"/>, with the other parameters and the frame the view holds. The text "key" stands where a
    /// view's fingerprint (<see cref="Of"/>) has its first parameter's name, so the two never hash the same bytes.
    /// </summary>
    public Hash128 Keyed(Type component, Hash128 key, Compute.Views.FrameView frame, IEnumerable<object?> parameters) =>
        writers.Hash(bytes =>
        {
            bytes.Append(Program);
            AppendText(bytes, component.FullName);
            AppendText(bytes, "key");
            bytes.Append(key);
            return Append(bytes, frame, 0) && parameters.All(p => Append(bytes, p, 0));
        }) ?? throw new InvalidOperationException($"a parameter of {component.Name} cannot be hashed");

    /// <summary>Writes any value: its type, then what it holds. False when a part of it cannot be hashed.</summary>
    internal bool Append(FingerprintWriter bytes, object? value, int depth)
    {
        if (value is null)
        {
            AppendLong(bytes, 0);
            return true;
        }

        if (depth > MaxDepth)
        {
            return false;
        }

        var reader = ReaderOf(value.GetType());
        AppendLong(bytes, reader.Name);
        switch (reader.Kind)
        {
            case ViewTypeKind.Text:
                return AppendText(bytes, (string)value);
            case ViewTypeKind.Value:
                reader.Value!(bytes, value);
                return true;
            case ViewTypeKind.Record:
                return WriteRecord(bytes, reader, value, depth);
            case ViewTypeKind.Sequence when value is IReadOnlyList<string> texts:
                return AppendTexts(bytes, texts);
            case ViewTypeKind.Sequence when value is IReadOnlyList<decimal?> numbers:
                // A chart's numbers, without boxing each: 1 then the number, or 0 for none.
                foreach (var number in numbers)
                {
                    _ = number is { } n ? AppendLong(bytes, 1) && AppendDecimal(bytes, n) : AppendLong(bytes, 0);
                }

                AppendLong(bytes, numbers.Count);
                return true;
            case ViewTypeKind.Sequence when value is IReadOnlyList<decimal> numbers:
                foreach (var number in numbers)
                {
                    AppendDecimal(bytes, number);
                }

                AppendLong(bytes, numbers.Count);
                return true;
            case ViewTypeKind.Sequence when value is IList list:
                // By index: a list's enumerator is an object for each list.
                for (var i = 0; i < list.Count; i++)
                {
                    if (!Append(bytes, list[i], depth + 1))
                    {
                        return false;
                    }
                }

                AppendLong(bytes, list.Count);
                return true;
            case ViewTypeKind.Sequence:
                var count = 0;
                foreach (var item in (IEnumerable)value)
                {
                    if (!Append(bytes, item, depth + 1))
                    {
                        return false;
                    }

                    count++;
                }

                AppendLong(bytes, count);
                return true;
            default:
                return false;
        }
    }

    /// <summary>The reader of a type, compiled the first time it is asked for.</summary>
    internal ViewTypeReader ReaderOf(Type type) => readers.GetOrAdd(type, makeReader);

    /// <summary>
    /// A record of a sealed type, known from its property's type: written as <see cref="Append"/> writes it, without
    /// looking up its type's reader for each value.
    /// </summary>
    internal bool AppendRecord(FingerprintWriter bytes, object? value, Lazy<ViewTypeReader> reader, int depth)
    {
        if (value is null)
        {
            return AppendLong(bytes, 0);
        }

        if (depth > MaxDepth)
        {
            return false;
        }

        var known = reader.Value;
        AppendLong(bytes, known.Name);
        return WriteRecord(bytes, known, value, depth);
    }

    /// <summary>A record's properties, or for a shared record (a frame, a language's words) the hash of them.</summary>
    private bool WriteRecord(FingerprintWriter bytes, ViewTypeReader reader, object value, int depth) =>
        value is not (Compute.Views.FrameView or Compute.Texts.Texts)
            ? reader.Record!(this, bytes, value, depth + 1)
            : WriteShared(bytes, reader, value, depth);

    // A method of its own: a lambda's captured parameters are allocated when the method is entered, whether or not
    // the lambda is made, and in WriteRecord that was every record of every page (183 MB of a national build's sampled
    // allocations).
    private bool WriteShared(FingerprintWriter bytes, ViewTypeReader reader, object value, int depth)
    {
        if (!shared.TryGetValue(value, out var hash))
        {
            if (writers.Hash(own => reader.Record!(this, own, value, depth + 1)) is not { } made)
            {
                return false;
            }

            hash = made;
            shared.TryAdd(value, hash);
        }

        bytes.Append(hash);
        return true;
    }

    /// <summary>
    /// A list of records of a sealed type: each as <see cref="AppendRecord"/> writes it, then the count.
    /// </summary>
    internal bool AppendRecords<T>(
        FingerprintWriter bytes, IReadOnlyList<T>? list, Lazy<ViewTypeReader> reader, int depth)
        where T : class
    {
        if (list is null)
        {
            return AppendLong(bytes, 0);
        }

        AppendLong(bytes, ListTag);
        for (var i = 0; i < list.Count; i++)
        {
            if (!AppendRecord(bytes, list[i], reader, depth + 1))
            {
                return false;
            }
        }

        return AppendLong(bytes, list.Count);
    }

    /// <summary>A list of texts: each text, then the count.</summary>
    internal static bool AppendTexts(FingerprintWriter bytes, IReadOnlyList<string?>? list)
    {
        if (list is null)
        {
            return AppendLong(bytes, 0);
        }

        AppendLong(bytes, ListTag);
        for (var i = 0; i < list.Count; i++)
        {
            AppendText(bytes, list[i]);
        }

        return AppendLong(bytes, list.Count);
    }

    /// <summary>A text, or null (which is not ""): its length, then its characters.</summary>
    internal static bool AppendText(FingerprintWriter bytes, string? text)
    {
        if (text is null)
        {
            AppendLong(bytes, -1);
            return true;
        }

        AppendLong(bytes, text.Length);
        bytes.Append(MemoryMarshal.AsBytes(text.AsSpan()));
        return true;
    }

    internal static bool AppendLong(FingerprintWriter bytes, long value)
    {
        bytes.Append(MemoryMarshal.AsBytes(new ReadOnlySpan<long>(in value)));
        return true;
    }

    /// <summary>The bits keep the scale: 251.9 and 251.90 are written differently.</summary>
    internal static bool AppendDecimal(FingerprintWriter bytes, decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        bytes.Append(MemoryMarshal.AsBytes(bits));
        return true;
    }
}
