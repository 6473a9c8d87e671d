namespace Site.Render;

/// <summary>
/// The rows of the school results that share a key (a school's code, a district's slug), in the order the keys first
/// appear. Each slice is cut from the bytes of the whole table: ten thousand small files written again, a cell at a
/// time, cost more than the rest of the data files.
/// </summary>
public sealed class ResultSlices(int column)
{
    private readonly Dictionary<string, List<int>> rows = new(StringComparer.Ordinal);
    private readonly List<(string Key, IReadOnlyList<int> Rows)> groups = [];
    private int count;

    // The rows of a key mostly come together (a school's years and measures; the aggregates of an area): the last
    // key's list is kept, so that most rows are added without a look-up by the key.
    private string? lastKey;
    private List<int>? last;

    public IReadOnlyList<(string Key, IReadOnlyList<int> Rows)> Groups => groups;

    /// <summary>Notes the table's next row; a row with no key (a school in no district) is in no slice.</summary>
    public void Add(IReadOnlyList<string> row)
    {
        var key = row[column];
        if (key.Length > 0)
        {
            if (!string.Equals(key, lastKey, StringComparison.Ordinal))
            {
                if (!rows.TryGetValue(key, out last))
                {
                    rows[key] = last = [];
                    groups.Add((key, last));
                }

                lastKey = key;
            }

            last!.Add(count);
        }

        count++;
    }
}
