namespace Site.Render;

/// <summary>
/// The rows of the school results that share a key (a school's code, a district's slug), in the order the keys first
/// appear. Each slice is cut from the bytes of the whole table: ten thousand small files written again by CsvHelper
/// cost more than the rest of the data files.
/// </summary>
public sealed class ResultSlices(int column)
{
    private readonly Dictionary<string, List<int>> rows = new(StringComparer.Ordinal);
    private readonly List<(string Key, IReadOnlyList<int> Rows)> groups = [];
    private int count;

    public IReadOnlyList<(string Key, IReadOnlyList<int> Rows)> Groups => groups;

    /// <summary>Notes the table's next row; a row with no key (a school in no district) is in no slice.</summary>
    public void Add(IReadOnlyList<string> row)
    {
        var key = row[column];
        if (key.Length > 0)
        {
            if (!rows.TryGetValue(key, out var list))
            {
                rows[key] = list = [];
                groups.Add((key, list));
            }

            list.Add(count);
        }

        count++;
    }
}
