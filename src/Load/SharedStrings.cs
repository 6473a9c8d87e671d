using System.Collections.Concurrent;

namespace Site.Load;

/// <summary>
/// One string for each repeated text of a load, owned by the load (<see cref="LoadInputs"/>): a school's code in each
/// of fifteen yearly exports, a municipality's code and name and an organiser type on every row. A field is looked up
/// by its span, so it becomes a string only the first time it is seen. A national load made five strings a row, 1.0
/// million of them (~46 MB), which its rows kept until the merge and the collector copied as they aged; there are
/// ~10,000 different ones. Safe for the readers that run on several threads at once.
/// </summary>
public sealed class SharedStrings
{
    private readonly ConcurrentDictionary<string, string> strings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> bySpan;

    public SharedStrings() => bySpan = strings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The string of this text: the one made the first time it was asked for.</summary>
    public string Of(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return "";
        }

        if (bySpan.TryGetValue(text, out var known))
        {
            return known;
        }

        var made = text.ToString();
        return strings.GetOrAdd(made, made);
    }
}
