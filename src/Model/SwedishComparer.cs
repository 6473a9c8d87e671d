namespace Site.Model;

/// <summary>
/// Swedish alphabetical order (… x y z å ä ö), fixed in code so that the order never depends on the machine's ICU
/// version. Accented Latin letters sort with their base letter (é with e); ties are broken ordinally to keep the order
/// total.
/// </summary>
public sealed class SwedishComparer : IComparer<string>
{
    public static readonly SwedishComparer Instance = new();

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        var length = Math.Min(x.Length, y.Length);
        for (var i = 0; i < length; i++)
        {
            var diff = Weight(x[i]).CompareTo(Weight(y[i]));
            if (diff != 0)
            {
                return diff;
            }
        }

        var byLength = x.Length.CompareTo(y.Length);
        return byLength != 0 ? byLength : string.CompareOrdinal(x, y);
    }

    private static int Weight(char c)
    {
        var lower = char.ToLowerInvariant(c);
        return lower switch
        {
            'å' => 'z' + 1,
            'ä' or 'æ' => 'z' + 2,
            'ö' or 'ø' => 'z' + 3,
            'é' or 'è' or 'ê' or 'ë' => 'e',
            'á' or 'à' or 'â' => 'a',
            'ü' => 'y',
            'ó' or 'ò' or 'ô' => 'o',
            'í' or 'ì' => 'i',
            _ => lower,
        };
    }
}
